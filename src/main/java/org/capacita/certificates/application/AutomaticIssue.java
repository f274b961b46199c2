package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.certificates.domain.Certificate;
import org.capacita.completion.domain.Completion;
import org.capacita.completion.domain.CompletionRecorded;
import org.capacita.completion.domain.CompletionWithdrawn;
import org.capacita.infrastructure.concurrency.Background;
import org.capacita.shared.i18n.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Certificates follow the training record by themselves: once a completion is recorded (a workshop
 * closed, an online module completed) and committed, its certificate is issued on a managed thread;
 * when a completion is withdrawn (a re-opened workshop closed again without the person), its
 * certificates are revoked in the same transaction. A failed automatic issue is logged; the
 * workshop's "issue certificates" request issues what is missing.
 *
 * <p>The certificate of an online completion is e-mailed to the learner (who has an account, and so
 * an address) unless {@code capacita.certificates.mail-online=false}: nobody else is there to
 * choose, and the learner finished alone. A workshop's certificates are not mailed when it closes:
 * its trainer chooses that when issuing them ({@link CertificateOutbox}, once each either way).
 */
@ApplicationScoped
public class AutomaticIssue {

  private static final Logger LOG = Logger.getLogger(AutomaticIssue.class.getName());
  private static final long NEVER = Long.MIN_VALUE;
  private static final long WARNING_INTERVAL_NANOS = 60_000_000_000L;

  private final AtomicLong lastWarning = new AtomicLong(NEVER);

  @PersistenceContext private EntityManager em;
  @Inject private Background background;
  @Inject private Issuing issuing;
  @Inject private VerificationAddress address;

  @Inject
  @ConfigProperty(name = "capacita.certificates.mail-online", defaultValue = "true")
  private boolean mailOnline;

  void issueAfterCommit(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) CompletionRecorded recorded) {
    Optional<String> site = address.current();
    if (site.isEmpty()) {
      LOG.log(
          quietSince(System.nanoTime()) ? Level.WARNING : Level.FINE,
          () ->
              "No certificate issued for completion "
                  + recorded.completionId()
                  + " yet: no trusted public address (set CAPACITA_PUBLIC_URL)");
      return;
    }
    background.run(() -> issue(recorded.completionId(), site.get()));
  }

  /**
   * Whether the warning about a missing public address was last given over a minute ago (and so is
   * given now): a closure of 300 people, or the demo programme, warns once, not 300 times.
   */
  private boolean quietSince(long now) {
    long last = lastWarning.get();
    return (last == NEVER || now - last > WARNING_INTERVAL_NANOS)
        && lastWarning.compareAndSet(last, now);
  }

  void revokeWithdrawn(@Observes CompletionWithdrawn withdrawn) {
    Instant now = Instant.now();
    em
        .createNamedQuery("Certificate.findByCompletion", Certificate.class)
        .setParameter("completionId", withdrawn.completionId())
        .getResultList()
        .stream()
        .filter(c -> c.getRevokedAt() == null && c.getSupersededBy() == null)
        .forEach(c -> c.revoke(Messages.get(Messages.ENGLISH, "certificates.withdrawn"), now));
  }

  private void issue(long completionId, String site) {
    try {
      Completion completion = em.find(Completion.class, completionId);
      boolean online = completion != null && completion.getWorkshopId() == null;
      issuing.issue(completionId, site, mailOnline && online);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Automatic certificate for completion " + completionId + " failed", e);
    }
  }
}
