package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.certificates.domain.CertificateMail;
import org.capacita.infrastructure.concurrency.Background;
import org.capacita.infrastructure.database.DatabaseReady;
import org.capacita.infrastructure.mail.Mailer;

/**
 * Sends the certificates' outbox: woken after a transaction that queued mail commits, at start (the
 * rows a stop left pending) and by {@link CertificateMailTimer} (the retries whose delay has
 * passed). One drain at a time per application, in the background; each row is claimed before it is
 * sent, so two applications on one database never send it twice, and marked sent after the SMTP
 * server took it. A stop between those two steps is the one case in which a holder gets the mail
 * again (same Message-ID).
 */
@ApplicationScoped
public class CertificateMailSender {

  private static final Logger LOG = Logger.getLogger(CertificateMailSender.class.getName());
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final int BATCH = 100;

  @Inject private Background background;
  @Inject private CertificateMailRecords records;
  @Inject private Mailer mailer;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  void queued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CertificateMailQueued queued) {
    wake();
  }

  void resume(@Observes DatabaseReady ready) {
    wake();
  }

  /** Drains the outbox in the background; a wake-up during a drain makes it look once more. */
  public void wake() {
    again.set(true);
    if (draining.compareAndSet(false, true)) {
      background.run(this::drain);
    }
  }

  private void drain() {
    try {
      while (again.getAndSet(false)) {
        List<Long> due;
        while (!(due = records.due(Instant.now(), BATCH)).isEmpty()) {
          due.forEach(this::sendIfClaimed);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Certificate mail stopped; the next wake-up goes on", e);
    } finally {
      draining.set(false);
    }
    if (again.get()) {
      wake();
    }
  }

  private void sendIfClaimed(long mailId) {
    if (!records.claim(mailId, Instant.now(), LEASE)) {
      return;
    }
    try {
      mailer.deliver(records.letter(mailId));
      records.sent(mailId, Instant.now());
    } catch (MessagingException | RuntimeException e) {
      CertificateMail.State state = records.failed(mailId, e.toString(), Instant.now());
      LOG.log(
          state == CertificateMail.State.FAILED ? Level.WARNING : Level.FINE,
          "Certificate mail " + mailId + " not sent (" + state + ")",
          e);
    }
  }
}
