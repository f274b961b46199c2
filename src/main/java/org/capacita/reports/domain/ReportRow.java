package org.capacita.reports.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of a report: its dimensions' values in the query's order (a value may be null: no venue
 * city online) and its indicators' values: {@link Long} for counts, {@link java.math.BigDecimal}
 * for hours, rates and means; null where nothing could be computed (no scores for a gain).
 */
public record ReportRow(Map<Dimension, String> key, Map<Indicator, Number> values) {

  public ReportRow {
    key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    EnumMap<Indicator, Number> copy = new EnumMap<>(Indicator.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  public String value(Dimension dimension) {
    return key.get(dimension);
  }

  public Number value(Indicator indicator) {
    return values.get(indicator);
  }

  /** The count of a whole indicator, 0 when absent. */
  public long count(Indicator indicator) {
    Number value = values.get(indicator);
    return value == null ? 0 : value.longValue();
  }
}
