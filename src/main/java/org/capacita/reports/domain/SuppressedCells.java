package org.capacita.reports.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which values of a report an export shared outside the programme hides, for a threshold {@code k}:
 * each count indicator's column goes through {@link Suppression}; a row whose people or
 * participations are hidden hides its other values too (hours, rates and means of fewer than {@code
 * k} persons say too much about them). {@code k} of 0 hides nothing.
 */
public final class SuppressedCells {

  private final int k;
  private final Map<Indicator, Suppression.Hidden> hidden = new EnumMap<>(Indicator.class);
  private final int rows;

  private SuppressedCells(int k, int rows) {
    this.k = k;
    this.rows = rows;
  }

  public static SuppressedCells none() {
    return new SuppressedCells(0, 0);
  }

  public static SuppressedCells of(Report report, int k) {
    SuppressedCells cells = new SuppressedCells(k, report.rows().size());
    if (k < 2) {
      return cells;
    }
    List<List<String>> keys = new ArrayList<>();
    for (ReportRow row : report.rows()) {
      keys.add(new ArrayList<>(row.key().values()));
    }
    for (Indicator indicator : report.query().indicators()) {
      if (indicator.isCount()) {
        List<Long> counts = report.rows().stream().map(r -> r.count(indicator)).toList();
        cells.hidden.put(
            indicator, Suppression.of(keys, counts, report.totals().count(indicator), k));
      }
    }
    return cells;
  }

  /** The threshold; 0 when nothing is hidden. */
  public int k() {
    return k;
  }

  public boolean isActive() {
    return k >= 2;
  }

  /** Whether row {@code row}'s value of {@code indicator} is hidden. */
  public boolean hidden(int row, Indicator indicator) {
    if (!isActive() || row >= rows) {
      return false;
    }
    Suppression.Hidden column = hidden.get(indicator);
    if (column != null) {
      return column.cell(row);
    }
    return hides(row, Indicator.PEOPLE) || hides(row, Indicator.PARTICIPATIONS);
  }

  /** Whether the total of {@code indicator} is hidden. */
  public boolean totalHidden(Indicator indicator) {
    if (!isActive()) {
      return false;
    }
    Suppression.Hidden column = hidden.get(indicator);
    if (column != null) {
      return column.total();
    }
    return totalHides(Indicator.PEOPLE) || totalHides(Indicator.PARTICIPATIONS);
  }

  /** What a hidden value shows: {@code <k}. */
  public String shown() {
    return "<" + k;
  }

  private boolean hides(int row, Indicator indicator) {
    Suppression.Hidden column = hidden.get(indicator);
    return column != null && column.cell(row);
  }

  private boolean totalHides(Indicator indicator) {
    Suppression.Hidden column = hidden.get(indicator);
    return column != null && column.total();
  }
}
