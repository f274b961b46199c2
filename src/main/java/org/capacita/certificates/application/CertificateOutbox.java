package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.capacita.accounts.application.MailRecipients;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificateMail;
import org.capacita.completion.domain.Completion;
import org.capacita.people.domain.Person;

/**
 * Writes "send the holder their certificate" into the outbox, in the caller's transaction (the one
 * that issues or finds the certificate, under the completion's lock): once per certificate, so a
 * repeated, resumed or simultaneous request finds the row and writes none. The current edition is
 * sent (a revoked certificate is not); a holder without an address gets nothing. {@link
 * CertificateMailSender} sends it after the commit.
 */
@ApplicationScoped
public class CertificateOutbox {

  private static final Logger LOG = Logger.getLogger(CertificateOutbox.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private MailRecipients recipients;
  @Inject private Event<CertificateMailQueued> queued;

  /** Queues the mail of the completion's current certificate unless it has one; true if queued. */
  public boolean request(long completionId) {
    Optional<Certificate> current = current(completionId);
    if (current.isEmpty() || mailOf(current.get().getId()).isPresent()) {
      return false;
    }
    Certificate certificate = current.get();
    Person holder = em.find(Person.class, certificate.getPersonId());
    Completion completion = em.find(Completion.class, completionId);
    String country = completion == null ? null : completion.getDelivery().getVenueCountry();
    Optional<MailRecipients.Recipient> to =
        holder == null ? Optional.empty() : recipients.of(holder, country);
    if (to.isEmpty()) {
      LOG.fine(() -> "Certificate " + certificate.getNumber() + ": holder has no address");
      return false;
    }
    em.persist(
        new CertificateMail(
            certificate.getId(),
            CertificateMail.Kind.ISSUED,
            to.get().address(),
            to.get().locale(),
            Instant.now()));
    queued.fire(new CertificateMailQueued(certificate.getId()));
    return true;
  }

  /** How many of the workshop's holders have their certificate mail queued or sent. */
  public long mailedFor(long workshopId) {
    return em.createNamedQuery("CertificateMail.countByWorkshop", Long.class)
        .setParameter("workshopId", workshopId)
        .getSingleResult();
  }

  /** Where the mail of each of the workshop's certificates stands, by certificate id. */
  public Map<Long, CertificateMail.State> mailsOf(long workshopId) {
    return em.createNamedQuery("CertificateMail.findByWorkshop", CertificateMail.class)
        .setParameter("workshopId", workshopId)
        .getResultStream()
        .collect(Collectors.toMap(CertificateMail::getCertificateId, CertificateMail::getState));
  }

  public Optional<CertificateMail> mailOf(long certificateId) {
    return em.createNamedQuery("CertificateMail.findByCertificate", CertificateMail.class)
        .setParameter("certificateId", certificateId)
        .setParameter("kind", CertificateMail.Kind.ISSUED)
        .getResultStream()
        .findFirst();
  }

  private Optional<Certificate> current(long completionId) {
    List<Certificate> editions =
        em.createNamedQuery("Certificate.findByCompletion", Certificate.class)
            .setParameter("completionId", completionId)
            .getResultList();
    return editions.stream()
        .filter(c -> c.getRevokedAt() == null && c.getSupersededBy() == null)
        .reduce((first, second) -> second);
  }
}
