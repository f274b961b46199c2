package org.capacita.certificates.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificateFacts;
import org.capacita.certificates.domain.CertificateStatus;

/** A certificate for its readers (holder, trainers of its workshop, leads). */
public record CertificateView(
    String code,
    long number,
    long personId,
    Long workshopId,
    String status,
    String holder,
    String moduleCode,
    String module,
    BigDecimal hours,
    LocalDate firstDay,
    LocalDate lastDay,
    String venueCity,
    String issuer,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate revokedOn,
    String reason,
    String supersededBy,
    String replaces,
    String verificationUrl,
    String sha256) {

  static CertificateView of(Certificate c, CertificateStatus status, Locale locale) {
    CertificateFacts facts = c.facts();
    return new CertificateView(
        c.getCode(),
        c.getNumber(),
        c.getPersonId(),
        c.getWorkshopId(),
        status.name(),
        facts.holder(),
        facts.moduleCode(),
        facts.title(locale),
        facts.hours(),
        facts.firstDay(),
        facts.lastDay(),
        facts.venueCity(),
        facts.issuer(),
        c.getIssuedOn(),
        c.getExpiresOn(),
        VerificationView.day(c.getRevokedAt()),
        c.getRevocationReason(),
        c.getSupersededBy(),
        c.getReplaces(),
        c.getVerificationUrl(),
        c.getSha256());
  }
}
