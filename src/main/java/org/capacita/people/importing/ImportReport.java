package org.capacita.people.importing;

import java.util.List;

/**
 * The outcome of checking or importing a file: how many rows are new people, how many match people
 * already registered, and each row's errors. {@code written} tells whether anything was stored (an
 * import with errors stores nothing unless the valid rows were asked for).
 */
public record ImportReport(
    long rows, long created, long matched, List<RowError> errors, boolean written) {

  public long rowsWithErrors() {
    return errors.stream().mapToLong(RowError::row).distinct().count();
  }
}
