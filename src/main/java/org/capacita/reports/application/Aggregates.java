package org.capacita.reports.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.capacita.reports.domain.Indicator;

/**
 * The SQL aggregates of each indicator and how their results make its value: a count is one column;
 * a ratio or mean is two (numerator, denominator) divided here, so that a total is never an average
 * of averages.
 */
final class Aggregates {

  private static final String BOTH_SCORES = "f.pre_score IS NOT NULL AND f.post_score IS NOT NULL";

  private static final String OFFERED =
      "f.attended_hours IS NOT NULL AND f.offered_hours IS NOT NULL";

  private Aggregates() {}

  static List<String> of(Indicator indicator) {
    return switch (indicator) {
      case PEOPLE -> List.of("COUNT(DISTINCT f.person_id)");
      case FIRST_TIME_PEOPLE ->
          throw new IllegalArgumentException("ReportSql counts first-time people for its period");
      case PARTICIPATIONS, CERTIFICATES_ISSUED, CERTIFICATES_REVOKED -> List.of("COUNT(*)");
      case WORKSHOPS -> List.of("COUNT(DISTINCT f.workshop_id)");
      case PERSON_HOURS -> List.of("SUM(COALESCE(f.attended_hours, f.hours))");
      case ATTENDANCE_RATE ->
          List.of(
              "SUM(CASE WHEN " + OFFERED + " THEN f.attended_hours ELSE 0 END)",
              "SUM(CASE WHEN " + OFFERED + " THEN f.offered_hours ELSE 0 END)");
      case KNOWLEDGE_GAIN ->
          List.of(
              "SUM(CASE WHEN " + BOTH_SCORES + " THEN f.post_score - f.pre_score ELSE 0 END)",
              "SUM(CASE WHEN " + BOTH_SCORES + " THEN 1 ELSE 0 END)");
      case PASS_SHARE ->
          List.of(
              "SUM(CASE WHEN f.post_score >= m.pass_mark THEN 1 ELSE 0 END)",
              "COUNT(f.post_score)");
    };
  }

  /** How many result columns the indicator takes. */
  static int width(Indicator indicator) {
    return indicator.kind() == Indicator.Kind.RATIO ? 2 : 1;
  }

  /** The indicator's value from its columns, starting at {@code at} in {@code row}. */
  static Number value(Indicator indicator, Object[] row, int at) {
    return switch (indicator.kind()) {
      case ADDITIVE, DISTINCT -> number(row[at]).longValue();
      case ADDITIVE_DECIMAL -> decimal(row[at]).setScale(1, RoundingMode.HALF_UP);
      case RATIO -> ratio(indicator, row[at], row[at + 1]);
    };
  }

  /** The value of an indicator with no rows: 0 for sums and counts, none for a ratio. */
  static Number none(Indicator indicator) {
    return switch (indicator.kind()) {
      case ADDITIVE, DISTINCT -> 0L;
      case ADDITIVE_DECIMAL -> BigDecimal.ZERO.setScale(1);
      case RATIO -> null;
    };
  }

  private static Number ratio(Indicator indicator, Object numerator, Object denominator) {
    BigDecimal below = decimal(denominator);
    if (below.signum() == 0) {
      return null;
    }
    int scale = indicator == Indicator.KNOWLEDGE_GAIN ? 1 : 3;
    return decimal(numerator).divide(below, scale, RoundingMode.HALF_UP);
  }

  private static Number number(Object value) {
    return value == null ? 0L : (Number) value;
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
  }
}
