package org.capacita.certificates.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificateStatus;
import org.capacita.certificates.domain.VerificationThrottle;

/**
 * Public verification, for anyone, no account: a code's certificate and its status today, or a
 * PDF's answer to "is this a genuine, unaltered certificate of this installation?" (its SHA-256 is
 * that of a PDF issued here). Each client address may verify a limited number of times a minute.
 */
@ApplicationScoped
public class Verification {

  @Inject private CertificateLookup lookup;
  @Inject private CertificateSettings settings;

  private VerificationThrottle throttle;

  @PostConstruct
  void limit() {
    throttle = new VerificationThrottle(settings.verificationsPerMinute());
  }

  /** The certificate of {@code code} and its status; empty for an unknown code. */
  public Optional<Verified> verify(String code, String clientAddress) {
    admit(clientAddress);
    return lookup.byCode(code).map(this::verified);
  }

  /** The certificate a PDF is, unaltered; empty when it is not one issued here byte for byte. */
  public Optional<Verified> check(byte[] pdf, String clientAddress) {
    admit(clientAddress);
    return lookup.bySha256(Issuing.sha256(pdf)).map(this::verified);
  }

  private Verified verified(Certificate certificate) {
    LocalDate today = Instant.now().atZone(settings.zone()).toLocalDate();
    return new Verified(certificate, certificate.status(today));
  }

  private void admit(String clientAddress) {
    Duration wait = throttle.tryAcquire(clientAddress, Instant.now());
    if (!wait.isZero()) {
      throw new TooManyVerifications(wait);
    }
  }

  /** A certificate and its status today. */
  public record Verified(Certificate certificate, CertificateStatus status) {}

  /** Too many verifications from one address this minute. */
  public static class TooManyVerifications extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration retryAfter;

    public TooManyVerifications(Duration retryAfter) {
      super("Too many verifications from one address");
      this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
      return retryAfter;
    }
  }
}
