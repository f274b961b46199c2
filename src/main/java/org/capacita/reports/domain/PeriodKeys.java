package org.capacita.reports.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.shared.domain.InvalidInputException;

/**
 * The periods of a report as month keys ({@code yyyymm}, the {@code month_key} column): a quarter,
 * year or fiscal year is named by the key of its first month, so the database groups by integer
 * arithmetic on {@code month_key} ({@code MOD}, the same on H2 and MariaDB) and never by a vendor's
 * date functions. As text a month is {@code 2026-04}, a quarter {@code 2026-Q2}, a year {@code
 * 2026}, and a fiscal year the calendar year it starts in ({@code 2026} for July 2026 to June 2027
 * when it starts in July).
 */
public final class PeriodKeys {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private final int fiscalYearStart;

  /** With the fiscal year starting in month {@code fiscalYearStart} (1 to 12). */
  public PeriodKeys(int fiscalYearStart) {
    if (fiscalYearStart < 1 || fiscalYearStart > 12) {
      throw new IllegalArgumentException("The fiscal year starts in a month from 1 to 12");
    }
    this.fiscalYearStart = fiscalYearStart;
  }

  public int fiscalYearStart() {
    return fiscalYearStart;
  }

  /** The key of a day's month: 202604 for any day of April 2026. */
  public static int monthKey(LocalDate day) {
    return day.getYear() * 100 + day.getMonthValue();
  }

  /** The SQL expression of a period dimension's key, from the month key column {@code k}. */
  public String sql(Dimension period, String k) {
    String month = "MOD(" + k + ", 100)";
    return switch (period) {
      case MONTH -> k;
      case QUARTER -> "(" + k + " - MOD(" + month + " - 1, 3))";
      case YEAR -> "(" + k + " - " + month + ")";
      case FISCAL_YEAR ->
          fiscalYearStart == 1
              ? "(" + k + " - " + month + ")"
              : "(CASE WHEN "
                  + month
                  + " >= "
                  + fiscalYearStart
                  + " THEN "
                  + k
                  + " - "
                  + month
                  + " + "
                  + fiscalYearStart
                  + " ELSE "
                  + k
                  + " - "
                  + month
                  + " - 100 + "
                  + fiscalYearStart
                  + " END)";
      default -> throw new IllegalArgumentException(period + " is not a period");
    };
  }

  /** The text of the key the database gave for a period dimension. */
  public String text(Dimension period, int key) {
    int year = key / 100;
    int month = key % 100;
    return switch (period) {
      case MONTH -> String.format("%04d-%02d", year, month);
      case QUARTER -> String.format("%04d-Q%d", year, (month - 1) / 3 + 1);
      case YEAR, FISCAL_YEAR -> String.format("%04d", year);
      default -> throw new IllegalArgumentException(period + " is not a period");
    };
  }

  /** The period's text for a day: the month, quarter, year or fiscal year it falls in. */
  public String of(Dimension period, LocalDate day) {
    int key = monthKey(day);
    if (period == Dimension.FISCAL_YEAR && day.getMonthValue() < fiscalYearStart) {
      key -= 100;
    }
    return text(period, key);
  }

  /**
   * The first and last day of a period given as text; a malformed one is an {@link
   * InvalidInputException} naming {@code field}.
   */
  public LocalDate[] days(Dimension period, String text, String field) {
    String value = text == null ? "" : text.strip();
    YearMonth first;
    int months;
    Matcher matched;
    if (period == Dimension.MONTH && (matched = MONTH.matcher(value)).matches()) {
      int month = Integer.parseInt(matched.group(2));
      if (month < 1 || month > 12) {
        throw malformed(period, field, text);
      }
      first = YearMonth.of(Integer.parseInt(matched.group(1)), month);
      months = 1;
    } else if (period == Dimension.QUARTER && (matched = QUARTER.matcher(value)).matches()) {
      int quarter = Integer.parseInt(matched.group(2));
      first = YearMonth.of(Integer.parseInt(matched.group(1)), (quarter - 1) * 3 + 1);
      months = 3;
    } else if (period == Dimension.YEAR && YEAR.matcher(value).matches()) {
      first = YearMonth.of(Integer.parseInt(value), 1);
      months = 12;
    } else if (period == Dimension.FISCAL_YEAR && YEAR.matcher(value).matches()) {
      first = YearMonth.of(Integer.parseInt(value), fiscalYearStart);
      months = 12;
    } else {
      throw malformed(period, field, text);
    }
    return new LocalDate[] {first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth()};
  }

  private static InvalidInputException malformed(Dimension period, String field, String text) {
    return new InvalidInputException(
        field, "reports.problem.period." + period.name(), field, String.valueOf(text));
  }
}
