package org.capacita.certificates.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The outbox row's rules, and a template's design (languages, logo), without a container. */
class CertificateMailTest {

  private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

  @Test
  void shouldDoubleTheDelayAfterEachFailureUpToSixHours() {
    assertEquals(Duration.ofSeconds(30), CertificateMail.delayAfter(1));
    assertEquals(Duration.ofSeconds(60), CertificateMail.delayAfter(2));
    assertEquals(Duration.ofSeconds(120), CertificateMail.delayAfter(3));
    assertEquals(Duration.ofHours(6), CertificateMail.delayAfter(30));
  }

  @Test
  void shouldTryAgainLaterAndGiveUpAfterTheLastAttempt() {
    CertificateMail mail =
        new CertificateMail(7, CertificateMail.Kind.ISSUED, " a@example.org ", Locale.ENGLISH, NOW);
    assertEquals("a@example.org", mail.getRecipient());
    assertEquals(CertificateMail.State.PENDING, mail.getState());
    mail.failed("connection refused", NOW);
    assertEquals(NOW.plusSeconds(30), mail.getNextAttemptAt());
    assertEquals(CertificateMail.State.PENDING, mail.getState());
    for (int i = 1; i < CertificateMail.MAX_ATTEMPTS; i++) {
      mail.failed("x".repeat(900), NOW);
    }
    assertEquals(CertificateMail.State.FAILED, mail.getState());
    assertEquals(500, mail.getLastError().length());
    assertEquals("certificate-7.issued@capacita", mail.messageId());
  }

  @Test
  void shouldMarkSent() {
    CertificateMail mail =
        new CertificateMail(8, CertificateMail.Kind.ISSUED, "b@example.org", Locale.ENGLISH, NOW);
    mail.sent(NOW);
    assertEquals(CertificateMail.State.SENT, mail.getState());
    assertEquals(1, mail.getAttempts());
    assertThrows(
        IllegalArgumentException.class,
        () -> new CertificateMail(9, CertificateMail.Kind.ISSUED, " ", Locale.ENGLISH, NOW));
  }

  @Test
  void shouldTellALogoByItsContentAndSize() {
    assertTrue(Logo.isImage(PNG));
    assertFalse(Logo.isImage("<svg onload=alert(1)>".getBytes()));
    assertThrows(IllegalArgumentException.class, () -> new Logo("x.png", "GIF89a".getBytes()));
    assertThrows(
        IllegalArgumentException.class, () -> new Logo("big.png", new byte[Logo.MAX_BYTES + 1]));
    assertEquals("_.._x.png", new Logo("/../x.png", PNG).name());
  }

  @Test
  void shouldKeepTheVersionOfWordsAloneAndVersionTheDesign() {
    Wording words = new Wording("T", "T es", "B", "B es");
    assertEquals(words.version(), words.designed(List.of(), null).version());
    Wording spanishOnly = words.designed(List.of(Locale.forLanguageTag("es")), null);
    assertNotEquals(words.version(), spanishOnly.version());
    assertNotEquals(
        spanishOnly.version(),
        spanishOnly.designed(spanishOnly.languages(), new Logo("l.png", PNG)).version());
    assertThrows(
        IllegalArgumentException.class, () -> words.designed(List.of(Locale.FRENCH), null));
    assertThrows(
        IllegalArgumentException.class,
        () -> words.designed(List.of(Locale.ENGLISH, Locale.ENGLISH), null));
  }
}
