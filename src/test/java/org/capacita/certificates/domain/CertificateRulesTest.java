package org.capacita.certificates.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.capacita.shared.domain.ConflictException;
import org.junit.jupiter.api.Test;

/**
 * A certificate's status, placeholders, codes and the verification throttle, without a container.
 */
class CertificateRulesTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

  @Test
  void shouldBeRevokedBeforeSupersededBeforeExpired() {
    Certificate certificate = certificate(DAY.plusMonths(1));
    assertEquals(CertificateStatus.VALID, certificate.status(DAY.plusMonths(1)));
    assertEquals(CertificateStatus.EXPIRED, certificate.status(DAY.plusMonths(1).plusDays(1)));
    certificate.supersede(VerificationCode.random());
    assertEquals(CertificateStatus.SUPERSEDED, certificate.status(DAY));
    Certificate revoked = certificate(null);
    revoked.revoke("Error", Instant.now());
    assertEquals(CertificateStatus.REVOKED, revoked.status(DAY.plusYears(10)));
    assertThrows(ConflictException.class, () -> revoked.revoke("Again", Instant.now()));
    assertThrows(ConflictException.class, () -> revoked.supersede(VerificationCode.random()));
  }

  @Test
  void shouldFillOnlyAllowedPlaceholdersAndNeverTheirValues() {
    Map<String, String> values = Map.of("holder", "{module} ${7*7}", "module", "Salud");
    assertEquals(
        "{module} ${7*7} · ${7*7} #{facesContext} {unknown} Salud",
        Placeholders.fill("{holder} · ${7*7} #{facesContext} {unknown} {module}", values));
  }

  @Test
  void shouldDrawCodesOf100BitsAndReadThemInAnyCase() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String code = VerificationCode.random();
      assertEquals(20, code.length());
      assertEquals(code, VerificationCode.parse(code.toLowerCase(Locale.ROOT)).orElseThrow());
      codes.add(code);
    }
    assertEquals(10_000, codes.size());
    assertTrue(VerificationCode.parse("ILOU0123456789ABCDEF").isEmpty(), "no I, L, O or U");
    assertTrue(VerificationCode.parse("../../etc/passwd").isEmpty());
  }

  @Test
  void shouldThrottleEachAddressWithinAMinute() {
    VerificationThrottle throttle = new VerificationThrottle(3);
    Instant now = Instant.parse("2026-12-03T10:00:00Z");
    for (int i = 0; i < 3; i++) {
      assertEquals(Duration.ZERO, throttle.tryAcquire("10.0.0.1", now.plusSeconds(i)));
    }
    assertTrue(throttle.tryAcquire("10.0.0.1", now.plusSeconds(10)).toSeconds() > 0);
    assertEquals(Duration.ZERO, throttle.tryAcquire("10.0.0.2", now.plusSeconds(10)));
    assertEquals(Duration.ZERO, throttle.tryAcquire("10.0.0.1", now.plusSeconds(61)));
  }

  private static Certificate certificate(LocalDate expires) {
    CertificateFacts facts =
        new CertificateFacts(
            "Ana Pérez",
            "TIP",
            "Trafficking",
            "Trata",
            BigDecimal.ONE,
            DAY,
            DAY,
            "Arica",
            "Capacita",
            List.of(Locale.forLanguageTag("es")));
    return new Certificate(
        new Issue(1, VerificationCode.random(), 7, 1, 9, 11L, Instant.now(), DAY, expires, null),
        facts,
        "http://localhost/verify/x",
        "v");
  }
}
