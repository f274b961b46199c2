package org.capacita.enrollment.rest;

import java.util.List;
import org.capacita.enrollment.application.RosterImportReport;
import org.capacita.people.importing.RowError;

/** The answer of {@code POST /api/v1/workshops/{id}/enrollments/import}. */
public record RosterImportResult(
    long rows,
    long enrolled,
    long waitlisted,
    long alreadyEnrolled,
    long created,
    boolean stored,
    List<RowError> errors) {

  static RosterImportResult of(RosterImportReport report) {
    return new RosterImportResult(
        report.rows(),
        report.enrolled(),
        report.waitlisted(),
        report.alreadyEnrolled(),
        report.created(),
        report.stored(),
        report.errors());
  }
}
