package org.capacita.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.capacita.infrastructure.database.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With demo data on, the programme of {@link DemoProgramme} is there: stored once, at the first
 * start, in one transaction; its certificates are then issued in the background (any missing ones
 * at every start), so that start-up does not wait for some five hundred signed PDFs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoProgrammes {

  private static final Logger LOG = Logger.getLogger(DemoProgrammes.class.getName());

  @Inject private DemoProgrammeLoader loader;
  @Inject private DemoCertificates certificates;

  @Inject
  @ConfigProperty(name = "capacita.demo-data", defaultValue = "false")
  private boolean enabled;

  public void onDatabaseReady(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 30) DatabaseReady ready) {
    if (!enabled) {
      return;
    }
    DemoProgramme programme = DemoProgramme.of(LocalDate.now());
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
    certificates.issueMissing(programme);
  }
}
