package org.capacita.people.rest;

import java.util.List;
import org.capacita.people.importing.ImportReport;
import org.capacita.people.importing.RowError;

/** The answer of {@code POST /api/v1/people/import}. */
public record ImportResult(
    long rows, long created, long matched, long updated, boolean written, List<RowError> errors) {

  static ImportResult of(ImportReport report) {
    return new ImportResult(
        report.rows(),
        report.written() ? report.created() : 0,
        report.matched(),
        report.written() ? report.updated() : 0,
        report.written(),
        report.errors());
  }
}
