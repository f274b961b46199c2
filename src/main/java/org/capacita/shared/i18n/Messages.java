package org.capacita.shared.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's words in English and Spanish, from {@code org/capacita/i18n/messages*.properties}.
 * Pages use the same bundle as {@code #{msg[...]}}.
 */
public final class Messages {

  public static final String BUNDLE = "org.capacita.i18n.messages";
  public static final Locale ENGLISH = Locale.ENGLISH;
  public static final Locale SPANISH = Locale.forLanguageTag("es");
  public static final List<Locale> SUPPORTED = List.of(ENGLISH, SPANISH);

  private Messages() {}

  /** The text for {@code key} in {@code locale}, with {@code MessageFormat} arguments applied. */
  public static String get(Locale locale, String key, Object... arguments) {
    Locale supported = supported(locale);
    String pattern;
    try {
      pattern = ResourceBundle.getBundle(BUNDLE, supported).getString(key);
    } catch (MissingResourceException e) {
      return "???" + key + "???";
    }
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, supported).format(arguments);
  }

  /** The supported locale closest to {@code requested}; English when there is none. */
  public static Locale supported(Locale requested) {
    if (requested != null) {
      for (Locale locale : SUPPORTED) {
        if (locale.getLanguage().equals(requested.getLanguage())) {
          return locale;
        }
      }
    }
    return ENGLISH;
  }

  /** The first supported locale among the client's preferences, in their order; else English. */
  public static Locale negotiate(List<Locale> preferences) {
    for (Locale preference : preferences) {
      for (Locale locale : SUPPORTED) {
        if (locale.getLanguage().equals(preference.getLanguage())) {
          return locale;
        }
      }
    }
    return ENGLISH;
  }

  /** Whether a language tag names one of the supported locales. */
  public static boolean isSupported(String languageTag) {
    return languageTag != null
        && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(languageTag));
  }
}
