package org.capacita.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.capacita.shared.domain.BaseEntity;

/**
 * One e-mail of the certificates' outbox: a certificate sent to its holder, once. Written in the
 * transaction that decides it (unique per certificate and kind), sent later by whoever claims it; a
 * failed attempt is tried again after a delay that doubles each time, up to {@link #MAX_ATTEMPTS}.
 */
@Entity
@Table(name = "certificate_mail")
@NamedQuery(
    name = "CertificateMail.findByCertificate",
    query =
        "SELECT m FROM CertificateMail m WHERE m.certificateId = :certificateId AND m.kind = :kind")
@NamedQuery(
    name = "CertificateMail.findDue",
    query =
        "SELECT m.id FROM CertificateMail m WHERE m.state ="
            + " org.capacita.certificates.domain.CertificateMail.State.PENDING"
            + " AND m.nextAttemptAt <= :now"
            + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now) ORDER BY m.nextAttemptAt")
@NamedQuery(
    name = "CertificateMail.claim",
    query =
        "UPDATE CertificateMail m SET m.claimedUntil = :until, m.version = m.version + 1"
            + " WHERE m.id = :id AND m.state ="
            + " org.capacita.certificates.domain.CertificateMail.State.PENDING"
            + " AND (m.claimedUntil IS NULL OR m.claimedUntil < :now)")
@NamedQuery(
    name = "CertificateMail.findByWorkshop",
    query =
        "SELECT m FROM CertificateMail m, Certificate c WHERE c.id = m.certificateId"
            + " AND c.workshopId = :workshopId")
@NamedQuery(
    name = "CertificateMail.countByWorkshop",
    query =
        "SELECT COUNT(m) FROM CertificateMail m, Certificate c WHERE c.id = m.certificateId"
            + " AND c.workshopId = :workshopId")
public class CertificateMail extends BaseEntity {

  public static final int MAX_ATTEMPTS = 8;
  private static final Duration FIRST_DELAY = Duration.ofSeconds(30);
  private static final Duration LONGEST_DELAY = Duration.ofHours(6);
  private static final int MAX_ERROR = 500;

  /** What a mail is about; one of each kind per certificate at most. */
  public enum Kind {
    /** The certificate issued, attached. */
    ISSUED
  }

  /** Where a mail stands. */
  public enum State {
    PENDING,
    SENT,
    FAILED
  }

  @Column(name = "certificate_id", nullable = false, updatable = false)
  private long certificateId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private Kind kind;

  @Column(nullable = false, length = 320, updatable = false)
  private String recipient;

  @Column(nullable = false, length = 8, updatable = false)
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "claimed_until")
  private Instant claimedUntil;

  @Column(name = "last_error", length = MAX_ERROR)
  private String lastError;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected CertificateMail() {}

  public CertificateMail(
      long certificateId, Kind kind, String recipient, Locale language, Instant now) {
    if (recipient == null || recipient.isBlank()) {
      throw new IllegalArgumentException("A mail has a recipient");
    }
    this.certificateId = certificateId;
    this.kind = Objects.requireNonNull(kind);
    this.recipient = recipient.strip();
    this.language = language.getLanguage();
    this.state = State.PENDING;
    this.nextAttemptAt = now;
    this.createdAt = now;
  }

  /** The SMTP server took it. */
  public void sent(Instant now) {
    state = State.SENT;
    attempts++;
    sentAt = now;
    claimedUntil = null;
    lastError = null;
  }

  /** An attempt failed: try again later, or give up after the last attempt. */
  public void failed(String error, Instant now) {
    attempts++;
    claimedUntil = null;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR));
    if (attempts >= MAX_ATTEMPTS) {
      state = State.FAILED;
    } else {
      nextAttemptAt = now.plus(delayAfter(attempts));
    }
  }

  /** 30 s after the first failure, doubling after each, at most six hours. */
  public static Duration delayAfter(int failures) {
    Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(failures - 1, 20));
    return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
  }

  /** The same name on every attempt, so that a copy sent again is known for the same message. */
  public String messageId() {
    return "certificate-"
        + certificateId
        + "."
        + kind.name().toLowerCase(Locale.ROOT)
        + "@capacita";
  }

  public long getCertificateId() {
    return certificateId;
  }

  public Kind getKind() {
    return kind;
  }

  public String getRecipient() {
    return recipient;
  }

  public Locale getLanguage() {
    return Locale.forLanguageTag(language);
  }

  public State getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getSentAt() {
    return sentAt;
  }
}
