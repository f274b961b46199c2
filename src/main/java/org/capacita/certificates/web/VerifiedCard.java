package org.capacita.certificates.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.capacita.certificates.application.Verification.Verified;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificateFacts;

/** What the verification page shows of a certificate: what it shows itself, and its status. */
public record VerifiedCard(
    String status,
    String code,
    long number,
    String holder,
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
    String supersededBy)
    implements Serializable {

  static VerifiedCard of(Verified verified, Locale locale) {
    Certificate c = verified.certificate();
    CertificateFacts facts = c.facts();
    return new VerifiedCard(
        verified.status().name(),
        c.getCode(),
        c.getNumber(),
        facts.holder(),
        facts.title(locale),
        facts.hours(),
        facts.firstDay(),
        facts.lastDay(),
        facts.venueCity(),
        facts.issuer(),
        c.getIssuedOn(),
        c.getExpiresOn(),
        c.getRevokedAt() == null ? null : c.getRevokedAt().atOffset(ZoneOffset.UTC).toLocalDate(),
        c.getRevocationReason(),
        c.getSupersededBy());
  }

  public boolean valid() {
    return "VALID".equals(status);
  }
}
