package org.capacita.catalog.content;

import java.time.Instant;
import java.util.List;

/** The outcome of reading the content folder: the modules read, and every error found. */
public record LoadReport(
    String folder, Instant loadedAt, List<ModuleContent> modules, List<ContentError> errors) {

  public LoadReport {
    modules = List.copyOf(modules);
    errors = List.copyOf(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }
}
