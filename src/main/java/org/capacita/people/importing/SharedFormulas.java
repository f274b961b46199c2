package org.capacita.people.importing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formula text of a cell that shares its master's formula ({@code <f t="shared" si="0"/>}):
 * Excel stores the text only once, so the relative A1 references of the master are moved by the
 * distance between the two cells. Text in quotes and structured references are left alone.
 */
final class SharedFormulas {

  private static final Pattern REFERENCE = Pattern.compile("(\\$?)([A-Z]{1,3})(\\$?)([0-9]{1,7})");
  private static final int MAX_COLUMN = 16_384;
  private static final int MAX_ROW = 1_048_576;

  private SharedFormulas() {}

  /** The master's formula as written in a cell {@code rows} below and {@code columns} right. */
  static String shift(String formula, long rows, int columns) {
    StringBuilder shifted = new StringBuilder(formula.length() + 8);
    Matcher matcher = REFERENCE.matcher(formula);
    int i = 0;
    while (i < formula.length()) {
      char c = formula.charAt(i);
      int end;
      if (c == '"' || c == '\'') {
        end = closingQuote(formula, i, c);
        shifted.append(formula, i, end);
      } else if (c == '[') {
        end = closingBracket(formula, i);
        shifted.append(formula, i, end);
      } else if (startsReference(formula, i)
          && matcher.region(i, formula.length()).lookingAt()
          && endsReference(formula, matcher.end())
          && inSheet(matcher)) {
        end = matcher.end();
        shifted.append(moved(matcher, rows, columns));
      } else {
        end = i + 1;
        shifted.append(c);
      }
      i = end;
    }
    return shifted.toString();
  }

  private static String moved(Matcher reference, long rows, int columns) {
    boolean fixedColumn = !reference.group(1).isEmpty();
    boolean fixedRow = !reference.group(3).isEmpty();
    long column = XlsxSheetParser.columnIndex(reference.group(2)) + (fixedColumn ? 0 : columns);
    long row = Long.parseLong(reference.group(4)) + (fixedRow ? 0 : rows);
    if (column < 0 || column >= MAX_COLUMN || row < 1 || row > MAX_ROW) {
      return "#REF!";
    }
    return reference.group(1) + columnName((int) column) + reference.group(3) + row;
  }

  private static boolean inSheet(Matcher reference) {
    return XlsxSheetParser.columnIndex(reference.group(2)) < MAX_COLUMN
        && Long.parseLong(reference.group(4)) <= MAX_ROW;
  }

  private static boolean startsReference(String formula, int i) {
    if (i == 0) {
      return true;
    }
    char before = formula.charAt(i - 1);
    return !Character.isLetterOrDigit(before) && before != '_' && before != '.';
  }

  private static boolean endsReference(String formula, int end) {
    if (end == formula.length()) {
      return true;
    }
    char after = formula.charAt(end);
    return !Character.isLetterOrDigit(after) && "_.(!".indexOf(after) < 0;
  }

  private static int closingQuote(String formula, int start, char quote) {
    int i = start + 1;
    while (i < formula.length()) {
      if (formula.charAt(i) == quote) {
        if (i + 1 < formula.length() && formula.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return formula.length();
  }

  private static int closingBracket(String formula, int start) {
    int depth = 0;
    for (int i = start; i < formula.length(); i++) {
      char c = formula.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return i + 1;
      }
    }
    return formula.length();
  }

  static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      name.insert(0, (char) ('A' + (n - 1) % 26));
    }
    return name.toString();
  }
}
