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
        "SELECT f.sector_code, (f.month_key - MOD(MOD(f.month_key, 100) - 1, 3)),"
            + " COUNT(DISTINCT f.person_id), COUNT(*) FROM training_fact f"
            + " WHERE f.trained_on BETWEEN ?1 AND ?2 AND f.sex = ?3"
            + " GROUP BY f.sector_code, (f.month_key - MOD(MOD(f.month_key, 100) - 1, 3))",
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
  void shouldLookBackBeforeTheRowsPeriodForFirstTimePeople() {
    ReportQuery query = new ReportQuery(FROM, TO, List.of(Dimension.MONTH), Map.of());
    String sql =
        ReportSql.of(
                query,
                Family.FIRST_TIME,
                EnumSet.of(Indicator.FIRST_TIME_PEOPLE),
                true,
                periods,
                FROM,
                TO)
            .text();
    assertTrue(
        sql.contains(
            "NOT EXISTS (SELECT 1 FROM training_fact e WHERE e.person_id = f.person_id AND"
                + " (e.trained_on < ?3 OR e.month_key < f.month_key))"),
        sql);
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
