package org.capacita.reports.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.capacita.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class PeriodKeysTest {

  private final PeriodKeys calendar = new PeriodKeys(1);
  private final PeriodKeys fromJuly = new PeriodKeys(7);

  /** What the SQL expression computes, evaluated here with Java's arithmetic. */
  private static int quarterKey(int k) {
    return k - Math.floorMod(Math.floorMod(k, 100) - 1, 3);
  }

  @Test
  void shouldNameTheMonthQuarterAndYearOfADay() {
    LocalDate day = LocalDate.of(2026, 5, 30);
    assertEquals(202605, PeriodKeys.monthKey(day));
    assertEquals("2026-05", calendar.of(Dimension.MONTH, day));
    assertEquals("2026-Q2", calendar.of(Dimension.QUARTER, day));
    assertEquals("2026", calendar.of(Dimension.YEAR, day));
    assertEquals("2026", calendar.of(Dimension.FISCAL_YEAR, day));
  }

  @Test
  void shouldStartEveryQuarterOnItsFirstMonthKey() {
    for (int month = 1; month <= 12; month++) {
      int first = ((month - 1) / 3) * 3 + 1;
      assertEquals(202600 + first, quarterKey(202600 + month), "month " + month);
      assertEquals(
          String.format("2026-Q%d", (month - 1) / 3 + 1),
          calendar.text(Dimension.QUARTER, quarterKey(202600 + month)));
    }
  }

  @Test
  void shouldPutJuneInTheFiscalYearThatStartedTheJulyBefore() {
    assertEquals("2025", fromJuly.of(Dimension.FISCAL_YEAR, LocalDate.of(2026, 6, 30)));
    assertEquals("2026", fromJuly.of(Dimension.FISCAL_YEAR, LocalDate.of(2026, 7, 1)));
    assertArrayEquals(
        new LocalDate[] {LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30)},
        fromJuly.days(Dimension.FISCAL_YEAR, "2026", "fiscalYear"));
  }

  @Test
  void shouldWriteTheFiscalYearAsIntegerArithmeticOnTheMonthKey() {
    assertEquals(
        "(f.month_key - MOD(f.month_key, 100))",
        calendar.sql(Dimension.FISCAL_YEAR, "f.month_key"));
    String sql = fromJuly.sql(Dimension.FISCAL_YEAR, "k");
    assertEquals(
        "(CASE WHEN MOD(k, 100) >= 7 THEN k - MOD(k, 100) + 7 ELSE k - MOD(k, 100) - 100 + 7 END)",
        sql);
  }

  @Test
  void shouldGiveThePeriodsDays() {
    assertArrayEquals(
        new LocalDate[] {LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30)},
        calendar.days(Dimension.QUARTER, "2026-Q2", "quarter"));
    assertArrayEquals(
        new LocalDate[] {LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)},
        calendar.days(Dimension.MONTH, "2024-02", "month"));
    assertArrayEquals(
        new LocalDate[] {LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)},
        calendar.days(Dimension.YEAR, "2026", "year"));
  }

  @Test
  void shouldRefuseMalformedPeriods() {
    for (String bad : new String[] {"2026-13", "2026-4", "26-04", "", "2026-Q5"}) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class,
              () ->
                  calendar.days(
                      bad.contains("Q") ? Dimension.QUARTER : Dimension.MONTH, bad, "month"));
      assertEquals("month", refused.getField());
    }
    assertThrows(IllegalArgumentException.class, () -> new PeriodKeys(13));
  }
}
