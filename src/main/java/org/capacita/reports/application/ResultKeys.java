package org.capacita.reports.application;

import java.util.ArrayList;
import java.util.List;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.PeriodKeys;

/** A result row's dimension values as the report's text, and the order of rows. */
final class ResultKeys {

  private ResultKeys() {}

  /** The first {@code by.size()} columns of {@code row} as text (null stays null). */
  static List<String> of(List<Dimension> by, Object[] row, PeriodKeys periods) {
    List<String> key = new ArrayList<>(by.size());
    for (int i = 0; i < by.size(); i++) {
      Object value = row[i];
      Dimension dimension = by.get(i);
      if (value == null) {
        key.add(null);
      } else if (dimension.isPeriod()) {
        key.add(periods.text(dimension, ((Number) value).intValue()));
      } else {
        key.add(value.toString().strip());
      }
    }
    return key;
  }

  /** By each dimension in turn: institutions by id, others as text; no value last. */
  static int compare(List<Dimension> by, List<String> a, List<String> b) {
    for (int i = 0; i < by.size(); i++) {
      int order = compare(by.get(i), a.get(i), b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  private static int compare(Dimension dimension, String a, String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    if (dimension == Dimension.INSTITUTION) {
      return Long.compare(Long.parseLong(a), Long.parseLong(b));
    }
    return a.compareTo(b);
  }
}
