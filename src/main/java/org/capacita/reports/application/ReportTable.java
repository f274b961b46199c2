package org.capacita.reports.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.Report;
import org.capacita.reports.domain.ReportRow;
import org.capacita.reports.domain.SuppressedCells;
import org.capacita.shared.i18n.Messages;

/**
 * A report as the grid every export prints: a header (the dimensions' and indicators' names in the
 * reader's language), one line per row (dimension values by their labels, then the indicators) and
 * a total line; a value the suppression hides is the text {@code <k}. The page can show the same
 * grid, so files and page hold the same values.
 */
public final class ReportTable {

  /** A cell: text, or a number (a count, hours, a rate). */
  public record Cell(String text, Number number) {

    static Cell text(String text) {
      return new Cell(text == null ? "" : text, null);
    }

    static Cell number(Number number) {
      return number == null ? text("") : new Cell(null, number);
    }

    public boolean isNumber() {
      return number != null;
    }
  }

  private final List<String> header = new ArrayList<>();
  private int dimensions;
  private final List<List<Cell>> lines = new ArrayList<>();
  private final List<Cell> totals = new ArrayList<>();

  private ReportTable() {}

  public static ReportTable of(
      Report report, DimensionLabels labels, SuppressedCells hidden, Locale locale) {
    ReportTable table = new ReportTable();
    List<Dimension> by = report.query().by();
    table.dimensions = by.size();
    List<Indicator> indicators = List.copyOf(report.query().indicators());
    by.forEach(d -> table.header.add(Messages.get(locale, "enum.Dimension." + d.name())));
    indicators.forEach(i -> table.header.add(Messages.get(locale, i.nameKey())));
    for (int r = 0; r < report.rows().size(); r++) {
      ReportRow row = report.rows().get(r);
      List<Cell> line = new ArrayList<>();
      by.forEach(d -> line.add(Cell.text(labels.label(d, row.value(d)))));
      for (Indicator indicator : indicators) {
        line.add(
            hidden.hidden(r, indicator)
                ? Cell.text(hidden.shown())
                : Cell.number(row.value(indicator)));
      }
      table.lines.add(line);
    }
    for (int d = 0; d < by.size(); d++) {
      table.totals.add(Cell.text(d == 0 ? Messages.get(locale, "reports.export.total") : ""));
    }
    for (Indicator indicator : indicators) {
      table.totals.add(
          hidden.totalHidden(indicator)
              ? Cell.text(hidden.shown())
              : Cell.number(report.totals().value(indicator)));
    }
    return table;
  }

  /** How many leading columns are dimensions; the others are indicators. */
  public int dimensionCount() {
    return dimensions;
  }

  public List<String> header() {
    return List.copyOf(header);
  }

  /** The lines of the rows, without the total. */
  public List<List<Cell>> lines() {
    return List.copyOf(lines);
  }

  /** The total line: "Total" under the first dimension (if any), then the totals. */
  public List<Cell> totals() {
    return List.copyOf(totals);
  }
}
