package org.capacita.reports.domain;

import java.time.Instant;
import java.util.List;

/**
 * A computed report: the query, its rows (ordered by the dimensions' values), the totals (a row
 * without dimensions, each distinct count computed afresh, never summed), when it was computed (the
 * fact table is kept in step with completions, so that is "as of"), and the version of the
 * indicators' definitions.
 */
public record Report(
    ReportQuery query,
    List<ReportRow> rows,
    ReportRow totals,
    Instant asOf,
    String definitionsVersion) {

  public Report {
    rows = List.copyOf(rows);
  }
}
