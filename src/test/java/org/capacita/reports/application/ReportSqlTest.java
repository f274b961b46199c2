package org.capacita.reports.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.PeriodKeys;
import org.capacita.reports.domain.ReportQuery;
import org.junit.jupiter.api.Test;

class ReportSqlTest {

  private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
  private static final LocalDate TO = LocalDate.of(2026, 12, 31);
  private final PeriodKeys periods = new PeriodKeys(1);

  @Test
  void shouldCountPeopleDistinctAndBoundTheDaysWithParameters() {
    ReportQuery query =
        new ReportQuery(
            FROM, TO, List.of(Dimension.SECTOR, Dimension.QUARTER), Map.of(Dimension.SEX, "F"));
    ReportSql sql =
        ReportSql.of(
            query,
            Family.FACTS,
            EnumSet.of(Indicator.PEOPLE, Indicator.PARTICIPATIONS),
            true,
            periods,
            FROM,
            TO);
    assertEquals(
        "SELECT l0.label, g.d1, g.a0, g.a1 FROM (SELECT f.sector_key AS d0,"
            + " (f.month_key - MOD(MOD(f.month_key, 100) - 1, 3)) AS d1,"
            + " COUNT(DISTINCT f.person_id) AS a0, COUNT(*) AS a1 FROM training_fact f"
            + " WHERE f.trained_on BETWEEN ?1 AND ?2 AND f.sex = ?3"
            + " GROUP BY f.sector_key, (f.month_key - MOD(MOD(f.month_key, 100) - 1, 3))) g"
            + " LEFT JOIN report_label l0 ON l0.id = g.d0",
        sql.text());
    assertEquals(List.of(FROM, TO, "F"), sql.parameters());
    assertEquals(2, sql.dimensionCount());
  }

  @Test
  void shouldComputeTheTotalWithoutGrouping() {
    ReportQuery query = new ReportQuery(FROM, TO, List.of(Dimension.SECTOR), Map.of());
    ReportSql sql =
        ReportSql.of(query, Family.FACTS, EnumSet.of(Indicator.PEOPLE), false, periods, FROM, TO);
    assertFalse(sql.text().contains("GROUP BY"));
    assertEquals(0, sql.dimensionCount());
  }

  @Test
  void shouldCountFirstTimePeopleByTheirFirstDayBeforeTheRowsPeriodAndThePeriod() {
    ReportQuery query = new ReportQuery(FROM, TO, List.of(Dimension.MONTH), Map.of());
    EnumSet<Indicator> indicators = EnumSet.of(Indicator.PEOPLE, Indicator.FIRST_TIME_PEOPLE);
    ReportSql rows = ReportSql.of(query, Family.FACTS, indicators, true, periods, FROM, TO);
    assertTrue(
        rows.text()
            .contains(
                "COUNT(DISTINCT f.person_id) AS a0, COUNT(DISTINCT CASE WHEN f.first_on >= ?3"
                    + " AND YEAR(f.first_on) * 100 + MONTH(f.first_on) >= f.month_key"
                    + " THEN f.person_id END) AS a1"),
        rows.text());
    assertEquals(FROM, rows.parameters().get(2));
    assertEquals(
        "SELECT COUNT(DISTINCT f.person_id),"
            + " COUNT(DISTINCT CASE WHEN f.first_on >= ?3 THEN f.person_id END)"
            + " FROM training_fact f WHERE f.trained_on BETWEEN ?1 AND ?2",
        ReportSql.of(query, Family.FACTS, indicators, false, periods, FROM, TO).text());
  }

  @Test
  void shouldReadCertificatesByTheirOwnDay() {
    ReportQuery query = new ReportQuery(FROM, TO, List.of(Dimension.MONTH), Map.of());
    String sql =
        ReportSql.of(
                query,
                Family.ISSUED,
                EnumSet.of(Indicator.CERTIFICATES_ISSUED),
                true,
                periods,
                FROM,
                TO)
            .text();
    assertTrue(sql.contains("c.issued_on BETWEEN ?1 AND ?2 AND c.replaces IS NULL"), sql);
    assertTrue(sql.contains("JOIN training_fact f ON f.completion_id = c.completion_id"), sql);
  }

  @Test
  void shouldFilterByTrainerThroughTheTrainerRows() {
    ReportQuery query =
        new ReportQuery(FROM, TO, List.of(), Map.of(Dimension.TRAINER, "Ana Pérez"));
    ReportSql sql =
        ReportSql.of(query, Family.FACTS, EnumSet.of(Indicator.PEOPLE), false, periods, FROM, TO);
    assertTrue(sql.text().contains("x.trainer = ?3"), sql.text());
    assertEquals("Ana Pérez", sql.parameters().get(2));
  }

  @Test
  void shouldSplitTrainerNames() {
    assertEquals(
        List.of("Ana Pérez", "Juan Soto"), FactRebuildSql.trainers("Ana Pérez; Juan Soto"));
    assertEquals(List.of(), FactRebuildSql.trainers(null));
    assertEquals(
        "INSERT INTO t VALUES (?, ?)", FactRebuildSql.jdbc("INSERT INTO t VALUES (?1, ?2)"));
  }
}
