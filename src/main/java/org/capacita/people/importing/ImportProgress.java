package org.capacita.people.importing;

/** Told how far an import has come, for a progress bar; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {

  ImportProgress NONE = rows -> {};

  /** {@code rows} data rows of the file are checked (and stored, when the import writes). */
  void rowsDone(long rows);
}
