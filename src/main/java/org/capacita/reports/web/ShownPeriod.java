package org.capacita.reports.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.PeriodKeys;

/**
 * The period a page shows: its days, and when they make up a whole month, quarter, year or fiscal
 * year, which one ({@code kind} and {@code key}, such as {@code QUARTER} and {@code 2026-Q2});
 * otherwise a custom range (no kind). Whole periods have neighbours, for "previous" and "next".
 */
public record ShownPeriod(LocalDate from, LocalDate to, Dimension kind, String key)
    implements Serializable {

  /** The kinds of period the picker offers, shortest first. */
  static final List<Dimension> KINDS =
      List.of(Dimension.MONTH, Dimension.QUARTER, Dimension.YEAR, Dimension.FISCAL_YEAR);

  /** The period of these days: the first kind whose period they fill exactly, else custom. */
  public static ShownPeriod of(LocalDate from, LocalDate to, PeriodKeys keys) {
    for (Dimension kind : kinds(keys)) {
      String key = keys.of(kind, from);
      LocalDate[] days = keys.days(kind, key, "from");
      if (days[0].equals(from) && days[1].equals(to)) {
        return new ShownPeriod(from, to, kind, key);
      }
    }
    return new ShownPeriod(from, to, null, null);
  }

  /** The whole period of {@code kind} named {@code key}. */
  public static ShownPeriod whole(Dimension kind, String key, PeriodKeys keys) {
    LocalDate[] days = keys.days(kind, key, "period");
    return new ShownPeriod(days[0], days[1], kind, key);
  }

  /** The kind of period that holds {@code day}. */
  public static ShownPeriod holding(Dimension kind, LocalDate day, PeriodKeys keys) {
    return whole(kind, keys.of(kind, day), keys);
  }

  /**
   * The kinds that name periods: the fiscal year only when it differs from the calendar year (it
   * starts in another month than January).
   */
  static List<Dimension> kinds(PeriodKeys keys) {
    return keys.fiscalYearStart() == 1 ? KINDS.subList(0, 3) : KINDS;
  }

  public boolean isCustom() {
    return kind == null;
  }

  /** The value of the period menu's option: {@code QUARTER:2026-Q2}, or {@code CUSTOM}. */
  public String choice() {
    return isCustom() ? PeriodForm.CUSTOM : kind.name() + ":" + key;
  }

  /** The period of the same kind just before, or null for a custom range. */
  public ShownPeriod previous(PeriodKeys keys) {
    return isCustom() ? null : holding(kind, from.minusDays(1), keys);
  }

  /** The period of the same kind just after, or null for a custom range. */
  public ShownPeriod next(PeriodKeys keys) {
    return isCustom() ? null : holding(kind, to.plusDays(1), keys);
  }
}
