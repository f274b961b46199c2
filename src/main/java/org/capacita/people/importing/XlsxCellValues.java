package org.capacita.people.importing;

import java.math.BigDecimal;
import java.util.BitSet;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns the value an .xlsx stores for a cell into text: shared strings looked up, integers without
 * ".0", other numbers as plain decimals (never an exponent), booleans as TRUE or FALSE, and numbers
 * in a date format as ISO dates ({@code yyyy-MM-dd}).
 */
final class XlsxCellValues {

  /** Longer than any number Excel writes; such text is kept as it is rather than parsed. */
  private static final int MAX_NUMBER_CHARS = 40;

  /** Past this scale a number would print as hundreds of digits; Excel's doubles never do. */
  private static final int MAX_SCALE = 350;

  private final List<String> sharedStrings;
  private final BitSet dateStyles;
  private final boolean date1904;

  /**
   * @param sharedStrings the workbook's shared strings, or null when it has none
   * @param dateStyles the indexes of the cell styles that show numbers as dates
   * @param date1904 whether date serials count from 1904 rather than 1900
   */
  XlsxCellValues(List<String> sharedStrings, BitSet dateStyles, boolean date1904) {
    this.sharedStrings = sharedStrings;
    this.dateStyles = dateStyles;
    this.date1904 = date1904;
  }

  /**
   * The text of a cell.
   *
   * @param type the cell's {@code t} attribute (null for a number)
   * @param style the cell's {@code s} attribute, its index in the styles table, or null
   * @param raw the content of its {@code <v>} element, or null when it has none
   */
  String text(String type, String style, String raw) {
    if (raw == null) {
      return "";
    }
    return switch (type == null ? "n" : type) {
      case "s" -> sharedString(raw);
      case "b" -> "1".equals(raw.strip()) || "true".equals(raw.strip()) ? "TRUE" : "FALSE";
      case "n" -> number(raw, style);
      default -> raw; // str (formula result), inlineStr, e (error), d (ISO date)
    };
  }

  private String sharedString(String raw) {
    if (sharedStrings == null) {
      throw new IllegalStateException("Shared string used but the file has none");
    }
    return sharedStrings.get(Integer.parseInt(raw.strip()));
  }

  private String number(String raw, String style) {
    String trimmed = raw.strip();
    if (trimmed.isEmpty() || trimmed.length() > MAX_NUMBER_CHARS) {
      return trimmed;
    }
    BigDecimal number;
    try {
      number = new BigDecimal(trimmed);
    } catch (NumberFormatException e) {
      return trimmed;
    }
    if (style != null && isDateStyle(style)) {
      double serial = number.doubleValue();
      if (DateUtil.isValidExcelDate(serial)) {
        return DateUtil.getLocalDateTime(serial, date1904).toLocalDate().toString();
      }
    }
    if (number.signum() == 0) {
      return "0";
    }
    BigDecimal plain = number.stripTrailingZeros();
    return Math.abs(plain.scale()) > MAX_SCALE ? trimmed : plain.toPlainString();
  }

  private boolean isDateStyle(String style) {
    try {
      int index = Integer.parseInt(style.strip());
      return index >= 0 && dateStyles.get(index);
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
