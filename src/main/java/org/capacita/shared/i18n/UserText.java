package org.capacita.shared.i18n;

/**
 * Values people typed, isolated for a sentence: between FIRST STRONG ISOLATE (U+2068) and POP
 * DIRECTIONAL ISOLATE (U+2069), the plain-text twin of {@code <bdi>}. A right-to-left override
 * (U+202E) or right-to-left letters in a name then reorder only the name, never the rest of the
 * sentence. Pages isolate values in markup with the {@code c:text} tag; this is for text that can
 * hold no markup: page messages, formatted sentences, the window title.
 */
public final class UserText {

  private static final char FIRST_STRONG_ISOLATE = '\u2068';
  private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

  private UserText() {}

  /** The text between isolate marks; null stays null. Also {@code #{c:isolate(...)}} in pages. */
  public static String isolate(String text) {
    return text == null ? null : FIRST_STRONG_ISOLATE + text + POP_DIRECTIONAL_ISOLATE;
  }

  /** Message arguments with every text isolated; numbers and dates are left as they are. */
  public static Object[] isolateAll(Object... arguments) {
    Object[] isolated = arguments.clone();
    for (int i = 0; i < isolated.length; i++) {
      if (isolated[i] instanceof CharSequence text) {
        isolated[i] = isolate(text.toString());
      }
    }
    return isolated;
  }
}
