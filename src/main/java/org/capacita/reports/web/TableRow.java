package org.capacita.reports.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.capacita.reports.application.DimensionLabels;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.ReportRow;

/**
 * A line of the report table as the page shows it: the dimension values by the labels the downloads
 * print, the counts, and the address of the people behind them.
 */
public record TableRow(List<String> labels, Map<Indicator, Number> values, String drill)
    implements Serializable {

  static TableRow of(
      ReportRow row, List<Dimension> dimensions, DimensionLabels names, ReportAddress address) {
    List<String> labels = new ArrayList<>();
    Map<Dimension, String> cell = new HashMap<>();
    for (Dimension dimension : dimensions) {
      labels.add(names.label(dimension, row.value(dimension)));
      cell.put(dimension, row.value(dimension));
    }
    return new TableRow(
        List.copyOf(labels), new HashMap<>(row.values()), DrillLink.of(address, cell, "trained"));
  }

  /** The value of an indicator. */
  public Number value(Indicator indicator) {
    return values.get(indicator);
  }
}
