package org.capacita.people.importing;

import java.util.List;

/**
 * The outcome of checking or importing a file: how many rows are new people, how many match people
 * already registered, and each row's errors. {@code written} tells whether anything was stored (an
 * import with errors stores nothing unless the valid rows were asked for). {@code matches} are the
 * rows of registered persons (the first thousand), {@code offeredUpdates} how many of all such rows
 * bring a new e-mail or position, {@code updated} how many records took them.
 */
public record ImportReport(
    long rows,
    long created,
    long matched,
    List<RowError> errors,
    boolean written,
    List<ExistingMatch> matches,
    long offeredUpdates,
    long updated) {

  public long rowsWithErrors() {
    return errors.stream().mapToLong(RowError::row).distinct().count();
  }

  /** Rows that an import of the valid rows would store or update something for. */
  public boolean hasValidRowsToImport() {
    return created > 0 || offeredUpdates > 0;
  }
}
