package org.capacita.demo;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.infrastructure.concurrency.Background;
import org.capacita.infrastructure.database.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With demo data on, the programme of {@link DemoProgramme} is there: stored once, by the first
 * start, in one transaction, then its certificates issued (any missing ones at every start). Both
 * run in the background ({@link Background}) once the database is ready, so that start-up waits
 * neither for the programme (some twenty seconds on a busy two-core machine) nor for its five
 * hundred signed PDFs; until the transaction commits, none of the programme shows.
 */
@ApplicationScoped
public class DemoProgrammes {

  private static final Logger LOG = Logger.getLogger(DemoProgrammes.class.getName());

  @Inject private Background background;
  @Inject private DemoProgrammeLoader loader;
  @Inject private DemoCertificates certificates;

  @Inject
  @ConfigProperty(name = "capacita.demo-data", defaultValue = "false")
  private boolean enabled;

  void onDatabaseReady(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 30) DatabaseReady ready) {
    if (enabled) {
      DemoProgramme programme = DemoProgramme.of(LocalDate.now());
      background.run(() -> loadThenCertify(programme));
    }
  }

  private void loadThenCertify(DemoProgramme programme) {
    try {
      long started = System.nanoTime();
      if (loader.load(programme)) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(
            () ->
                "Demo programme "
                    + programme.year()
                    + " stored in "
                    + millis
                    + " ms: "
                    + programme.meetings().size()
                    + " closed workshops, "
                    + programme.persons().size()
                    + " registry records, "
                    + programme.merges().size()
                    + " merged");
      }
      certificates.issue(loader.uncertified(programme));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The demo programme could not be stored", e);
    }
  }
}
