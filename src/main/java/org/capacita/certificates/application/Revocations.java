package org.capacita.certificates.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificateStatus;
import org.capacita.shared.domain.ConflictException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;
import org.capacita.shared.validation.RequiredText;

/**
 * What programme leads change on an issued certificate: revoke it for a reason, or re-issue it
 * under a corrected name (the old one is superseded and names the new one). The stored PDFs never
 * change; verification says what became of them.
 */
@Stateless
@RolesAllowed(Role.LEAD_NAME)
public class Revocations {

  private static final Logger LOG = Logger.getLogger(Revocations.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private CertificateLookup lookup;
  @Inject private Issuing issuing;
  @Inject private CurrentCaller callers;

  public Certificate revoke(String code, @RequiredText String reason) {
    Certificate certificate = locked(code);
    certificate.revoke(reason, Instant.now());
    LOG.info(
        () ->
            "Certificate "
                + certificate.getNumber()
                + " revoked by account "
                + callers.get().accountId());
    return certificate;
  }

  /** A new edition under {@code holderName}; 409 unless the certificate is valid or expired. */
  public Certificate reissue(String code, @RequiredText String holderName, String siteAddress) {
    Certificate certificate = locked(code);
    CertificateStatus status = certificate.status(LocalDate.now());
    if (status == CertificateStatus.REVOKED || status == CertificateStatus.SUPERSEDED) {
      throw new ConflictException(null, "certificates.error.notCurrent");
    }
    Certificate renewed = issuing.reissue(certificate, holderName, siteAddress);
    LOG.info(
        () -> "Certificate " + certificate.getNumber() + " re-issued as " + renewed.getNumber());
    return renewed;
  }

  private Certificate locked(String code) {
    Certificate certificate = lookup.byCode(code).orElseThrow(NotFoundException::new);
    return em.find(Certificate.class, certificate.getId(), LockModeType.PESSIMISTIC_WRITE);
  }
}
