package org.capacita.certificates.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificatePdf;
import org.capacita.completion.domain.Completion;

/**
 * Issues one certificate, in a transaction of its own: the completion's row is locked first, so
 * that simultaneous requests for it queue and the later ones find the certificate the first one
 * issued (a unique key on completion and edition backs this up). Number, code and facts are fixed,
 * the page rendered and signed, and the PDF stored with its SHA-256: issued once, frozen.
 */
@Stateless
public class Issuing {

  private static final Logger LOG = Logger.getLogger(Issuing.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private CertificateSettings settings;
  @Inject private CertificateNumbers numbers;
  @Inject private Templates templates;
  @Inject private CertificateMaker maker;
  @Inject private CertificateOutbox outbox;

  /**
   * The certificate of the completion, issued now unless it has one; empty when the completion is
   * gone (withdrawn) or carries no holder name.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Issued> issue(long completionId, String siteAddress) {
    return issue(completionId, siteAddress, false);
  }

  /**
   * The same, and when {@code mailHolder} the holder's mail of it written into the outbox in this
   * transaction (once per certificate, see {@link CertificateOutbox}).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<Issued> issue(long completionId, String siteAddress, boolean mailHolder) {
    Optional<Issued> issued = issueOrFind(completionId, siteAddress);
    if (mailHolder && issued.isPresent()) {
      outbox.request(completionId);
    }
    return issued;
  }

  private Optional<Issued> issueOrFind(long completionId, String siteAddress) {
    Completion completion = em.find(Completion.class, completionId, LockModeType.PESSIMISTIC_WRITE);
    if (completion == null) {
      return Optional.empty();
    }
    List<Certificate> existing = ofCompletion(completionId);
    if (!existing.isEmpty()) {
      return Optional.of(new Issued(existing.get(0), false));
    }
    if (completion.getParticipant() == null
        || completion.getParticipant().getHolderName() == null) {
      LOG.warning(() -> "Completion " + completionId + " names no holder: no certificate");
      return Optional.empty();
    }
    return Optional.of(
        new Issued(
            store(
                Draft.first(completion, settings, templates.of(completion.getModuleCode())),
                siteAddress),
            true));
  }

  /**
   * A new edition of a current certificate under a corrected holder name, with the same facts
   * otherwise; the old one is superseded and names the new one. Both codes still answer.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public Certificate reissue(Certificate current, String correctedHolder, String siteAddress) {
    em.find(Completion.class, current.getCompletionId(), LockModeType.PESSIMISTIC_WRITE);
    Certificate old = em.find(Certificate.class, current.getId(), LockModeType.PESSIMISTIC_WRITE);
    List<Certificate> editions = ofCompletion(old.getCompletionId());
    int edition = editions.get(editions.size() - 1).getEdition() + 1;
    Certificate renewed =
        store(
            new Draft(
                old.getCompletionId(),
                edition,
                old.getPersonId(),
                old.getWorkshopId(),
                old.facts().renamed(correctedHolder.strip()),
                templates.of(old.getModuleCode()),
                old.getExpiresOn(),
                old.getCode()),
            siteAddress);
    old.supersede(renewed.getCode());
    return renewed;
  }

  private Certificate store(Draft draft, String siteAddress) {
    CertificateMaker.Made made = maker.make(draft, numbers.next(), siteAddress);
    Certificate certificate = made.certificate();
    em.persist(certificate);
    em.flush();
    em.persist(new CertificatePdf(certificate.getId(), made.pdf()));
    em.flush();
    LOG.fine(
        () ->
            "Certificate "
                + certificate.getNumber()
                + " issued for completion "
                + draft.completionId());
    return certificate;
  }

  private List<Certificate> ofCompletion(long completionId) {
    return em.createNamedQuery("Certificate.findByCompletion", Certificate.class)
        .setParameter("completionId", completionId)
        .getResultList();
  }

  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A certificate and whether this call issued it. */
  public record Issued(Certificate certificate, boolean now) {}
}
