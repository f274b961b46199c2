package org.capacita.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.certificates.application.BulkIssue;
import org.capacita.certificates.application.CertificateSettings;

/**
 * Issues the certificates of the demo programme's completions that have none, as a workshop's
 * "issue certificates" run does ({@link BulkIssue}). Their verification links start with {@code
 * CAPACITA_PUBLIC_URL}, or else with the Quick start's address.
 */
@ApplicationScoped
public class DemoCertificates {

  private static final Logger LOG = Logger.getLogger(DemoCertificates.class.getName());

  /** Where the Quick start serves the application, for links when no public address is set. */
  static final String QUICK_START_ADDRESS = "http://localhost:8080";

  @Inject private BulkIssue bulk;
  @Inject private CertificateSettings settings;

  /** Issues the certificates of these completions, batch after batch, from the caller's thread. */
  public void issue(List<Long> completions) {
    if (completions.isEmpty()) {
      return;
    }
    String site = settings.publicUrl().orElse(QUICK_START_ADDRESS);
    long started = System.nanoTime();
    int issued = 0;
    try {
      issued = bulk.issue(completions, site, (handled, now) -> {});
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Demo certificates stopped; the next start issues the rest", e);
    }
    int count = issued;
    LOG.info(
        () ->
            "Demo programme: "
                + count
                + " certificates issued in "
                + (System.nanoTime() - started) / 1_000_000
                + " ms");
  }
}
