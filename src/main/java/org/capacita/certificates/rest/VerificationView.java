package org.capacita.certificates.rest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.capacita.certificates.application.Verification.Verified;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificateFacts;

/**
 * What public verification shows: only what the certificate itself shows (holder, module, hours,
 * dates, venue city, issuer, number), its status and, when revoked, expired or superseded, when,
 * why and by which code. Absent members are left out of the JSON.
 */
public record VerificationView(
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
    LocalDate revokedOn,
    String reason,
    LocalDate expiresOn,
    String supersededBy)
    implements Serializable {

  /** What verification shows of a certificate in {@code locale}'s language. */
  public static VerificationView of(Verified verified, Locale locale) {
    Certificate c = verified.certificate();
    CertificateFacts facts = c.facts();
    return new VerificationView(
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
        day(c.getRevokedAt()),
        c.getRevocationReason(),
        c.getExpiresOn(),
        c.getSupersededBy());
  }

  /** Whether the certificate is valid today (pages colour it so). */
  public boolean valid() {
    return "VALID".equals(status);
  }

  static LocalDate day(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate();
  }
}
