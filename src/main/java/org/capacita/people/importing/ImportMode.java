package org.capacita.people.importing;

/** What an import does with the rows it checked. */
public enum ImportMode {
  /** Checks every row and stores nothing: the preview. */
  CHECK,
  /** Stores the new persons only if no row has an error. */
  ALL_OR_NOTHING,
  /** Stores the new persons of the valid rows; rows with errors are reported and skipped. */
  VALID_ROWS
}
