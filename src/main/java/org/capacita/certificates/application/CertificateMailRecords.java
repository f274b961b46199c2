package org.capacita.certificates.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificateMail;
import org.capacita.certificates.domain.CertificatePdf;
import org.capacita.infrastructure.mail.MailMessage;

/**
 * The outbox's rows as the sender uses them, each step in a transaction of its own: the rows due, a
 * claim on one (a conditional update, so two senders never take the same row), the mail it stands
 * for, and the outcome of an attempt.
 */
@Stateless
public class CertificateMailRecords {

  @PersistenceContext private EntityManager em;

  /** Ids of pending rows whose attempt is due and that nobody holds, oldest first. */
  public List<Long> due(Instant now, int most) {
    return em.createNamedQuery("CertificateMail.findDue", Long.class)
        .setParameter("now", now)
        .setMaxResults(most)
        .getResultList();
  }

  /** Takes the row for {@code lease} unless another sender holds it; true if taken. */
  public boolean claim(long mailId, Instant now, Duration lease) {
    return em.createNamedQuery("CertificateMail.claim")
            .setParameter("id", mailId)
            .setParameter("now", now)
            .setParameter("until", now.plus(lease))
            .executeUpdate()
        == 1;
  }

  /** The mail the row stands for: the certificate's PDF attached, in the holder's language. */
  public MailMessage letter(long mailId) {
    CertificateMail mail = em.find(CertificateMail.class, mailId);
    Certificate certificate = em.find(Certificate.class, mail.getCertificateId());
    Locale locale = mail.getLanguage();
    byte[] pdf = em.find(CertificatePdf.class, certificate.getId()).content();
    return compose(
            mail.getRecipient(),
            locale,
            certificate.getHolderName(),
            certificate.facts().title(locale),
            certificate.getNumber(),
            certificate.getVerificationUrl(),
            certificate.getIssuer())
        .attaching(
            new MailMessage.Attachment(
                "certificate-" + certificate.getNumber() + ".pdf", "application/pdf", pdf),
            mail.messageId());
  }

  /** The words of a certificate's mail ({@code mail.certificate.*}), without the PDF. */
  public static MailMessage compose(
      String to,
      Locale locale,
      String holder,
      String module,
      long number,
      String verificationUrl,
      String issuer) {
    return MailMessage.fromBundle(
        to,
        locale,
        "mail.certificate",
        holder,
        module,
        Long.toString(number),
        verificationUrl,
        issuer);
  }

  public void sent(long mailId, Instant now) {
    em.find(CertificateMail.class, mailId).sent(now);
  }

  /** Records a failed attempt; the row's state afterwards (FAILED once it gives up). */
  public CertificateMail.State failed(long mailId, String error, Instant now) {
    CertificateMail mail = em.find(CertificateMail.class, mailId);
    mail.failed(error, now);
    return mail.getState();
  }
}
