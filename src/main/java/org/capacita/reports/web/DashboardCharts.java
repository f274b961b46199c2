package org.capacita.reports.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.capacita.reports.application.DimensionLabels;
import org.capacita.reports.application.ReportLabels;
import org.capacita.reports.application.Reports;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.Report;
import org.capacita.reports.domain.ReportQuery;
import org.capacita.reports.domain.ReportRow;
import org.capacita.reports.web.ChartJson.Series;
import org.capacita.reports.web.DashboardChart.Figure;
import org.capacita.shared.i18n.Messages;

/**
 * The dashboard's charts for one address: people and participations by sector and by venue city
 * (the ten cities with most people), people by sex, and the monthly trend over the twelve months up
 * to the period's end (or the whole period when it is longer), each from a report of its own.
 */
final class DashboardCharts {

  static final Set<Indicator> SPLIT = EnumSet.of(Indicator.PEOPLE, Indicator.PARTICIPATIONS);

  /** The most bars a chart of cities, projects or modules draws (the rest counted in its hint). */
  static final int CITIES = 10;

  static final int TREND_MONTHS = 12;

  private final Reports reports;
  private final ReportLabels labels;
  private final ReportAddress address;
  private final Locale locale;

  DashboardCharts(Reports reports, ReportLabels labels, ReportAddress address, Locale locale) {
    this.reports = reports;
    this.labels = labels;
    this.address = address;
    this.locale = locale;
  }

  /** People and participations by the values of {@code dimension}, most people first. */
  DashboardChart bars(Dimension dimension, int most) {
    Report report = reports.run(address.query(List.of(dimension), SPLIT));
    DimensionLabels names = labels.of(report, locale);
    List<ReportRow> rows = new ArrayList<>(report.rows());
    rows.sort(
        Comparator.comparingLong((ReportRow r) -> -r.count(Indicator.PEOPLE))
            .thenComparing(r -> names.label(dimension, r.value(dimension))));
    List<ReportRow> drawn = rows.subList(0, Math.min(most, rows.size()));
    List<Figure> figures = figures(dimension, drawn, names);
    String json =
        ChartJson.bars(
            figures.stream().map(Figure::label).toList(),
            List.of(people(figures), participations(figures)),
            true,
            locale);
    return new DashboardChart(json, figures, drawn.size(), rows.size());
  }

  /** People by sex, as shares of a whole. */
  DashboardChart bySex() {
    Report report = reports.run(address.query(List.of(Dimension.SEX), SPLIT));
    DimensionLabels names = labels.of(report, locale);
    List<Figure> figures = figures(Dimension.SEX, report.rows(), names);
    String json =
        ChartJson.doughnut(figures.stream().map(Figure::label).toList(), people(figures), locale);
    return new DashboardChart(json, figures, figures.size(), figures.size());
  }

  /** People and participations per month, months without training shown as 0. */
  DashboardChart trend(LocalDate from, LocalDate to) {
    YearMonth last = YearMonth.from(to);
    YearMonth first = YearMonth.from(from);
    if (first.isAfter(last.minusMonths(TREND_MONTHS - 1L))) {
      first = last.minusMonths(TREND_MONTHS - 1L);
    }
    ReportQuery shown = address.query(List.of(Dimension.MONTH), SPLIT);
    ReportQuery months =
        new ReportQuery(first.atDay(1), to, shown.by(), shown.filters(), shown.indicators());
    Map<String, ReportRow> byMonth = new HashMap<>();
    reports.run(months).rows().forEach(r -> byMonth.put(r.value(Dimension.MONTH), r));
    DateTimeFormatter name = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    List<Figure> figures = new ArrayList<>();
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      ReportRow row = byMonth.get(month.toString());
      figures.add(
          new Figure(
              name.format(month),
              row == null ? 0L : row.count(Indicator.PEOPLE),
              row == null ? 0L : row.count(Indicator.PARTICIPATIONS),
              row == null ? null : trendDrill(month, to)));
    }
    String json =
        ChartJson.lines(
            figures.stream().map(Figure::label).toList(),
            List.of(people(figures), participations(figures)),
            locale);
    return new DashboardChart(json, figures, figures.size(), figures.size());
  }

  private Series people(List<Figure> figures) {
    return new Series(
        text("enum.Indicator.PEOPLE"),
        figures.stream().map(Figure::people).toList(),
        ChartJson.PEOPLE_COLOUR);
  }

  private Series participations(List<Figure> figures) {
    return new Series(
        text("enum.Indicator.PARTICIPATIONS"),
        figures.stream().map(Figure::participations).toList(),
        ChartJson.PARTICIPATIONS_COLOUR);
  }

  /** A month's people: the address with that month's days (up to the period's end). */
  private String trendDrill(YearMonth month, LocalDate to) {
    ReportAddress monthAddress = copy();
    LocalDate end = month.atEndOfMonth().isAfter(to) ? to : month.atEndOfMonth();
    monthAddress.period(month.atDay(1), end);
    return DrillLink.of(monthAddress, Map.of(), "index");
  }

  private List<Figure> figures(Dimension dimension, List<ReportRow> rows, DimensionLabels names) {
    List<Figure> figures = new ArrayList<>();
    for (ReportRow row : rows) {
      Map<Dimension, String> cell = new HashMap<>();
      cell.put(dimension, row.value(dimension));
      figures.add(
          new Figure(
              names.label(dimension, row.value(dimension)),
              row.count(Indicator.PEOPLE),
              row.count(Indicator.PARTICIPATIONS),
              DrillLink.of(address, cell, "index")));
    }
    return figures;
  }

  private ReportAddress copy() {
    ReportAddress copy = new ReportAddress();
    copy.setFrom(address.getFrom());
    copy.setTo(address.getTo());
    copy.getFilters().putAll(address.getFilters());
    return copy;
  }

  private String text(String key) {
    return Messages.get(locale, key);
  }
}
