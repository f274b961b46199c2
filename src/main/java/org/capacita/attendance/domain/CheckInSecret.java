package org.capacita.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.capacita.shared.domain.BaseEntity;

/**
 * The secret of one workshop session, from which its rotating check-in codes and the per-person
 * codes of its sign-in sheet are derived ({@link CheckInCode}). 32 random bytes, made once per
 * session and kept on the server: pages show codes, never the secret.
 */
@Entity
@Table(name = "check_in_secret")
@NamedQuery(
    name = "CheckInSecret.findBySession",
    query =
        "SELECT s FROM CheckInSecret s WHERE s.workshopId = :workshopId"
            + " AND s.sessionNumber = :sessionNumber")
@NamedQuery(
    name = "CheckInSecret.findBySessionDates",
    query =
        "SELECT s, w.timeZone, w.status, ws.date, ws.start, ws.end FROM CheckInSecret s,"
            + " WorkshopSession ws JOIN ws.workshop w WHERE w.id = s.workshopId"
            + " AND ws.number = s.sessionNumber AND ws.date BETWEEN :from AND :to")
@NamedQuery(
    name = "CheckInSecret.countAttended",
    query =
        "SELECT COUNT(m) FROM AttendanceMark m, AttendanceStatus st WHERE m.workshopId = :workshop"
            + " AND m.sessionNumber = :session AND st.code = m.statusCode"
            + " AND st.countsAsAttended = TRUE")
public class CheckInSecret extends BaseEntity {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  @Column(name = "workshop_id", nullable = false, updatable = false)
  private long workshopId;

  @Column(name = "session_number", nullable = false, updatable = false)
  private int sessionNumber;

  @Column(nullable = false, updatable = false, length = 64)
  private String secret;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected CheckInSecret() {}

  /** A new random secret for a session. */
  public CheckInSecret(long workshopId, int sessionNumber, Instant now) {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    this.workshopId = workshopId;
    this.sessionNumber = sessionNumber;
    this.secret = Base64.getEncoder().encodeToString(bytes);
    this.createdAt = now;
  }

  /** The codes of this session. */
  public CheckInCode codes() {
    return new CheckInCode(Base64.getDecoder().decode(secret));
  }

  public long getWorkshopId() {
    return workshopId;
  }

  public int getSessionNumber() {
    return sessionNumber;
  }
}
