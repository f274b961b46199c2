package org.capacita.reports.web;

import java.io.Serializable;
import java.util.List;

/**
 * One chart of the dashboard: its Chart.js configuration and the figures it draws, which the page
 * also lists under it (for screen readers, phones and exact numbers), each linking to its people.
 * {@code shown} of {@code total} categories are drawn (the cities with most people, say).
 */
public record DashboardChart(String json, List<Figure> figures, int shown, int total)
    implements Serializable {

  /** One category of a chart: its name, its people and participations, and its drill-down. */
  public record Figure(String label, Number people, Number participations, String drill)
      implements Serializable {}

  public DashboardChart {
    figures = List.copyOf(figures);
  }

  /** Bars for five categories or more need more height than a few. */
  public boolean isTall() {
    return figures.size() >= 5;
  }

  /** Whether some categories are left out of the chart. */
  public boolean isCut() {
    return shown < total;
  }
}
