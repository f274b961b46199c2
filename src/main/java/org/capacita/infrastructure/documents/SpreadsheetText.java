package org.capacita.infrastructure.documents;

/**
 * Text someone typed, made safe for a cell of an exported CSV or XLSX file: a spreadsheet runs a
 * cell that begins with {@code =}, {@code +}, {@code -} or {@code @} (or a tab or carriage return
 * before one) as a formula, so such a text gets a leading apostrophe and stays text (OWASP's advice
 * for CSV injection). Numbers are written as numbers and never pass through here.
 */
public final class SpreadsheetText {

  private SpreadsheetText() {}

  /** The text as a cell may hold it; "" for null. */
  public static String of(String value) {
    String text = PrintedText.of(value);
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }
}
