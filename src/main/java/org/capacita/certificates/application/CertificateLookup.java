package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificatePdf;
import org.capacita.certificates.domain.VerificationCode;

/** Finds certificates by code or digest, for the services that decide who may see them. */
@ApplicationScoped
public class CertificateLookup {

  @PersistenceContext private EntityManager em;

  /** The certificate of a code, typed in any case; empty for anything that is not one. */
  public Optional<Certificate> byCode(String code) {
    return VerificationCode.parse(code)
        .flatMap(
            parsed ->
                em.createNamedQuery("Certificate.findByCode", Certificate.class)
                    .setParameter("code", parsed)
                    .getResultStream()
                    .findFirst());
  }

  /** The certificate whose issued PDF has this SHA-256 (hex), if any. */
  public Optional<Certificate> bySha256(String digest) {
    return em.createNamedQuery("Certificate.findBySha256", Certificate.class)
        .setParameter("sha256", digest)
        .getResultStream()
        .findFirst();
  }

  public byte[] pdfOf(Certificate certificate) {
    return em.find(CertificatePdf.class, certificate.getId()).content();
  }
}
