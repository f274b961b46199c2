package org.capacita.infrastructure.documents;

import java.util.regex.Pattern;

/** Text someone typed, made safe to print in a document. */
public final class PrintedText {

  private static final Pattern DIRECTION_CONTROLS =
      Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

  private PrintedText() {}

  /**
   * The value without the invisible controls that could reorder the text around it; "" for null.
   */
  public static String of(String value) {
    return value == null ? "" : DIRECTION_CONTROLS.matcher(value).replaceAll("");
  }
}
