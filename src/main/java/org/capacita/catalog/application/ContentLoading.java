package org.capacita.catalog.application;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.capacita.catalog.content.ContentLoader;
import org.capacita.catalog.content.LoadReport;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.catalog.content.ModuleDescriptor;
import org.capacita.catalog.domain.Module;
import org.capacita.infrastructure.database.DatabaseReady;
import org.capacita.shared.security.Role;

/**
 * Reads the content folder at start-up and when an administrator asks, refreshes the module rows
 * and swaps the catalogue. Errors are logged and kept in the report; broken modules are skipped.
 */
@Stateless
public class ContentLoading {

  private static final Logger LOG = Logger.getLogger(ContentLoading.class.getName());

  @Inject private ContentLocation location;
  @Inject private Catalog catalog;
  @Inject private Modules modules;

  public void onDatabaseReady(
      @Observes @Priority(Interceptor.Priority.APPLICATION - 10) DatabaseReady ready) {
    load(location.folder());
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public LoadReport reload() {
    return load(location.folder());
  }

  /** Loads from {@code folder}: the content location, or a test's own folder. */
  public LoadReport load(Path folder) {
    Instant now = Instant.now();
    LoadReport report = new ContentLoader(folder).load(now);
    for (ModuleContent content : report.modules()) {
      Module module =
          modules
              .findByCode(content.code())
              .orElseGet(() -> modules.add(new Module(content.code())));
      module.refresh(facts(content), now);
    }
    catalog.replace(report);
    Set<String> codes =
        report.modules().stream().map(ModuleContent::code).collect(Collectors.toSet());
    LOG.info(() -> "Content loaded from " + folder + ": modules " + codes);
    report.errors().forEach(error -> LOG.warning(() -> "Content error: " + error));
    return report;
  }

  private static Module.ModuleFacts facts(ModuleContent content) {
    ModuleDescriptor d = content.descriptor();
    return new Module.ModuleFacts(
        d.version(),
        d.status(),
        d.hours(),
        d.titles().get("en"),
        d.titles().get("es"),
        d.sectors(),
        d.languages(),
        content.lessonCount(),
        d.pretest(),
        d.posttest(),
        d.passMark(),
        d.maxAttempts(),
        d.completion(),
        d.workshopAttendance(),
        d.workshopPostTest());
  }
}
