package org.capacita.reports.application;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.PeriodKeys;
import org.capacita.reports.domain.ReportQuery;

/**
 * The SQL of one family's statement for a report, grouped by the query's dimensions or not (the
 * totals). Plain SQL that H2 (LEGACY mode) and MariaDB both run: {@code COUNT(DISTINCT)}, {@code
 * CASE}, {@code MOD} on the month key for periods. Every statement is bounded by a range of the
 * indexed day column ({@code trained_on}, or the certificate's day), so no report reads the whole
 * table. Values are bound as parameters; only the fiscal year's start month (a checked number) is
 * written into the text.
 */
final class ReportSql {

  private static final String FACT_MONTH = "f.month_key";
  private static final String ISSUED_MONTH = "(YEAR(c.issued_on) * 100 + MONTH(c.issued_on))";
  private static final String REVOKED_MONTH = "(YEAR(c.revoked_at) * 100 + MONTH(c.revoked_at))";

  private final List<String> aggregates = new ArrayList<>();
  private final List<Boolean> labelled = new ArrayList<>();
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> parameters = new ArrayList<>();
  private final List<String> dimensions = new ArrayList<>();
  private final StringBuilder tables = new StringBuilder();

  private ReportSql() {}

  /**
   * The statement of {@code family}'s {@code indicators} for the days {@code first} to {@code last}
   * (the query's period narrowed by its period filters), grouped by the query's dimensions when
   * {@code grouped}.
   */
  static ReportSql of(
      ReportQuery query,
      Family family,
      EnumSet<Indicator> indicators,
      boolean grouped,
      PeriodKeys periods,
      LocalDate first,
      LocalDate last) {
    ReportSql sql = new ReportSql();
    String month = sql.from(family, indicators, grouped && query.by().contains(Dimension.TRAINER));
    sql.period(family, first, last);
    if (grouped) {
      for (Dimension dimension : query.by()) {
        String key = dimension.isPeriod() ? null : key(dimension);
        sql.labelled.add(key != null);
        sql.dimensions.add(
            dimension.isPeriod()
                ? periods.sql(dimension, month)
                : key != null ? key : column(dimension));
      }
    }
    sql.filters(query.filters());
    for (Indicator indicator : indicators) {
      sql.aggregates.addAll(
          indicator == Indicator.FIRST_TIME_PEOPLE
              ? List.of(sql.firstTime(grouped ? query.by() : List.of(), periods, first))
              : Aggregates.of(indicator));
    }
    return sql;
  }

  private String from(Family family, EnumSet<Indicator> indicators, boolean trainerRows) {
    String month = FACT_MONTH;
    switch (family) {
      case ISSUED -> {
        tables.append("certificate c JOIN training_fact f ON f.completion_id = c.completion_id");
        month = ISSUED_MONTH;
      }
      case REVOKED -> {
        tables.append("certificate c JOIN training_fact f ON f.completion_id = c.completion_id");
        month = REVOKED_MONTH;
      }
      default -> tables.append("training_fact f");
    }
    if (indicators.contains(Indicator.PASS_SHARE)) {
      tables.append(" LEFT JOIN training_module m ON m.code = f.module_code");
    }
    if (trainerRows) {
      tables.append(" LEFT JOIN training_fact_trainer t ON t.completion_id = f.completion_id");
    }
    return month;
  }

  private void period(Family family, LocalDate first, LocalDate last) {
    switch (family) {
      case ISSUED -> {
        conditions.add("c.issued_on BETWEEN " + bind(first) + " AND " + bind(last));
        conditions.add("c.replaces IS NULL");
      }
      case REVOKED ->
          conditions.add(
              "c.revoked_at >= "
                  + bind(startOf(first))
                  + " AND c.revoked_at < "
                  + bind(startOf(last.plusDays(1))));
      default -> conditions.add("f.trained_on BETWEEN " + bind(first) + " AND " + bind(last));
    }
  }

  private void filters(Map<Dimension, String> filters) {
    filters.forEach(
        (dimension, value) -> {
          if (dimension.isPeriod()) {
            return; // narrowed the days already
          }
          if (dimension == Dimension.TRAINER) {
            conditions.add(
                value == null
                    ? "NOT EXISTS (SELECT 1 FROM training_fact_trainer x"
                        + " WHERE x.completion_id = f.completion_id)"
                    : "EXISTS (SELECT 1 FROM training_fact_trainer x"
                        + " WHERE x.completion_id = f.completion_id AND x.trainer = "
                        + bind(value)
                        + ")");
            if (tables.indexOf("training_fact_trainer t") >= 0 && value != null) {
              conditions.add("t.trainer = " + bind(value));
            }
            return;
          }
          String column = column(dimension);
          conditions.add(
              value == null
                  ? column + " IS NULL"
                  : column
                      + " = "
                      + bind(dimension == Dimension.INSTITUTION ? Long.valueOf(value) : value));
        });
  }

  /**
   * Counts the persons with no completion before the period, or, in rows split by periods, before
   * the row's (finest) period: first-time people of April are those never trained before April.
   * Each fact holds its person's first training day ({@code first_on}), so this is one more
   * distinct count of the same rows.
   */
  private String firstTime(List<Dimension> by, PeriodKeys periods, LocalDate first) {
    String never = "f.first_on >= " + bind(first);
    Dimension finest = finestPeriod(by);
    if (finest != null) {
      never +=
          " AND YEAR(f.first_on) * 100 + MONTH(f.first_on) >= " + periods.sql(finest, FACT_MONTH);
    }
    return "COUNT(DISTINCT CASE WHEN " + never + " THEN f.person_id END)";
  }

  private static Dimension finestPeriod(List<Dimension> by) {
    for (Dimension period :
        List.of(Dimension.MONTH, Dimension.QUARTER, Dimension.FISCAL_YEAR, Dimension.YEAR)) {
      if (by.contains(period)) {
        return period;
      }
    }
    return null;
  }

  static String column(Dimension dimension) {
    return switch (dimension) {
      case SEX -> "f.sex";
      case SECTOR -> "f.sector_code";
      case INSTITUTION -> "f.institution_id";
      case VENUE_CITY -> "f.venue_city";
      case VENUE_COUNTRY -> "f.venue_country";
      case WORK_CITY -> "f.work_city";
      case WORK_REGION -> "f.work_region";
      case WORK_COUNTRY -> "f.work_country";
      case MODULE -> "f.module_code";
      case PROJECT -> "f.project";
      case TRAINER -> "t.trainer";
      case ROUTE -> "f.route";
      default -> throw new IllegalArgumentException(dimension + " is a period");
    };
  }

  /** The compact key column a dimension is grouped by ({@code report_label}), or null. */
  private static String key(Dimension dimension) {
    String key = FactRebuildSql.KEYED.get(column(dimension).substring(2));
    return key == null ? null : "f." + key;
  }

  private String bind(Object value) {
    parameters.add(value);
    return "?" + parameters.size();
  }

  private static Timestamp startOf(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
  }

  /**
   * The statement's text. Grouped, it groups by the dimensions' keys and then reads the labels of
   * the keyed ones from {@code report_label}, row by row of the result.
   */
  String text() {
    String where = " FROM " + tables + " WHERE " + String.join(" AND ", conditions);
    if (dimensions.isEmpty()) {
      return "SELECT " + String.join(", ", aggregates) + where;
    }
    List<String> inner = new ArrayList<>();
    List<String> outer = new ArrayList<>();
    StringBuilder labels = new StringBuilder();
    for (int i = 0; i < dimensions.size(); i++) {
      inner.add(dimensions.get(i) + " AS d" + i);
      if (labelled.get(i)) {
        outer.add("l" + i + ".label");
        labels.append(" LEFT JOIN report_label l" + i + " ON l" + i + ".id = g.d" + i);
      } else {
        outer.add("g.d" + i);
      }
    }
    for (int i = 0; i < aggregates.size(); i++) {
      inner.add(aggregates.get(i) + " AS a" + i);
      outer.add("g.a" + i);
    }
    return "SELECT "
        + String.join(", ", outer)
        + " FROM (SELECT "
        + String.join(", ", inner)
        + where
        + " GROUP BY "
        + String.join(", ", dimensions)
        + ") g"
        + labels;
  }

  /** The same tables and conditions, selecting {@code select} grouped by {@code groupBy}. */
  String textSelecting(String select, String groupBy) {
    return "SELECT "
        + select
        + " FROM "
        + tables
        + " WHERE "
        + String.join(" AND ", conditions)
        + " GROUP BY "
        + groupBy;
  }

  /** The values of {@code ?1}, {@code ?2}, ... in order. */
  List<Object> parameters() {
    return List.copyOf(parameters);
  }

  /** How many leading columns of a result row are the dimensions' values. */
  int dimensionCount() {
    return dimensions.size();
  }
}
