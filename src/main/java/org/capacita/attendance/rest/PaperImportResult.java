package org.capacita.attendance.rest;

import java.util.List;
import org.capacita.attendance.application.PaperImportReport;

/**
 * {@code {"rows","matched","errors","stored","lines":[{"row","personId"?,"outcome"}]}}: a paper
 * import's answer. Outcomes: MATCHED, REPEATED (named twice, counted once), UNKNOWN_CODE,
 * NOT_ON_ROSTER, AMBIGUOUS (a name two participants share), EMPTY.
 */
public record PaperImportResult(
    long rows, long matched, long errors, boolean stored, List<Line> lines) {

  /** One row's outcome. */
  public record Line(long row, Long personId, String outcome) {}

  static PaperImportResult of(PaperImportReport report) {
    return new PaperImportResult(
        report.rows(),
        report.matched(),
        report.errors(),
        report.stored(),
        report.lines().stream()
            .map(l -> new Line(l.row(), l.personId(), l.outcome().name()))
            .toList());
  }
}
