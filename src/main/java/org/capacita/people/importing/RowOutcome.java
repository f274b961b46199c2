package org.capacita.people.importing;

/**
 * What an import made of one row: a registered person ({@code personId} set), a new one ({@code
 * personId} set once stored, null in a check), a repeat of an earlier row of the same file, or a
 * row with errors. {@code name} is the row's "given family" names, for a preview.
 */
public record RowOutcome(long row, String name, Long personId, Kind kind) {

  /** The four things a row can be. */
  public enum Kind {
    EXISTING,
    NEW,
    REPEATED,
    ERROR
  }
}
