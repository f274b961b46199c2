package org.capacita.shared.rest;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.capacita.shared.domain.InvalidInputException;

/**
 * Query parameter text read strictly, where JAX-RS's own conversion is lenient: {@code
 * Double.valueOf} takes {@code NaN}, {@code Infinity}, hexadecimal and {@code 1d}, and {@code
 * Boolean.valueOf} reads any word but {@code true} as false. A value that is not what the parameter
 * holds is refused with the parameter's name, never read as something else.
 */
final class QueryValues {

  private static final Pattern WHOLE = Pattern.compile("[+-]?\\d{1,30}");

  private QueryValues() {}

  /** A whole number from {@code min} to {@code max}, in decimal digits. */
  static long wholeNumber(String name, String text, long min, long max) {
    if (text != null && WHOLE.matcher(text).matches()) {
      BigDecimal value = new BigDecimal(text);
      if (value.compareTo(BigDecimal.valueOf(min)) >= 0
          && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
        return value.longValueExact();
      }
    }
    throw new InvalidInputException(name, "problem.field.wholeNumber", name, min, max);
  }

  /** A finite decimal number such as {@code 0.85} or {@code 1e-3}. */
  static double finiteNumber(String name, String text) {
    try {
      double value = new BigDecimal(text).doubleValue();
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException | NullPointerException notDecimal) {
      // refused below, like a number too large for a double
    }
    throw new InvalidInputException(name, "problem.field.decimalNumber", name);
  }

  /** {@code true} or {@code false}, in any case. */
  static boolean flag(String name, String text) {
    String word = text == null ? "" : text.toLowerCase(Locale.ROOT);
    if (word.equals("true") || word.equals("false")) {
      return word.equals("true");
    }
    throw new InvalidInputException(name, "problem.field.flag", name);
  }
}
