package org.capacita.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.capacita.shared.domain.BaseEntity;
import org.capacita.shared.domain.InvalidInputException;

/**
 * Where a person stood in one session: a status, an optional note, the channel the mark came by,
 * who made it and when. One per session and person (a unique key backs this). Every change gives an
 * {@link AttendanceChange} for the audit; a change to the same status and note gives none.
 */
@Entity
@Table(name = "attendance_mark")
@NamedQuery(
    name = "AttendanceMark.findBySession",
    query =
        "SELECT m FROM AttendanceMark m WHERE m.workshopId = :workshop"
            + " AND m.sessionNumber = :session")
@NamedQuery(
    name = "AttendanceMark.findBySessionAndPersons",
    query =
        "SELECT m FROM AttendanceMark m WHERE m.workshopId = :workshop"
            + " AND m.sessionNumber = :session AND m.personId IN :persons")
@NamedQuery(
    name = "AttendanceMark.countBySession",
    query =
        "SELECT COUNT(m) FROM AttendanceMark m WHERE m.workshopId = :workshop"
            + " AND m.sessionNumber = :session")
@NamedQuery(
    name = "AttendanceMark.findAttended",
    query =
        "SELECT m.personId, m.sessionNumber FROM AttendanceMark m, AttendanceStatus s"
            + " WHERE m.workshopId = :workshop AND s.code = m.statusCode"
            + " AND s.countsAsAttended = TRUE")
public class AttendanceMark extends BaseEntity {

  public static final int NOTE_LENGTH = 500;

  @Column(name = "workshop_id", nullable = false, updatable = false)
  private long workshopId;

  @Column(name = "session_number", nullable = false, updatable = false)
  private int sessionNumber;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "status_code", nullable = false, length = 16)
  private String statusCode;

  @Column(length = NOTE_LENGTH)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AttendanceChannel channel;

  @Column(name = "marked_by")
  private Long markedBy;

  @Column(name = "marked_at", nullable = false)
  private Instant markedAt;

  protected AttendanceMark() {}

  /** A person's first mark in a session; nothing is marked until {@link #change} says what. */
  public AttendanceMark(SessionRef session, long personId) {
    this.workshopId = session.workshopId();
    this.sessionNumber = session.sessionNumber();
    this.personId = personId;
  }

  /**
   * Sets the status and note; returns the change for the audit, or nothing when both stay as they
   * were. The status given must be one the roll call offers (the caller checked it).
   */
  public Optional<AttendanceChange> change(
      AttendanceStatus status, String newNote, AttendanceChannel by, Long account, Instant now) {
    String cleanNote = checkedNote(newNote);
    if (status.getCode().equals(statusCode) && Objects.equals(cleanNote, note)) {
      return Optional.empty();
    }
    String old = statusCode;
    this.statusCode = status.getCode();
    this.note = cleanNote;
    this.channel = Objects.requireNonNull(by);
    this.markedBy = account;
    this.markedAt = now;
    return Optional.of(new AttendanceChange(this, old));
  }

  /**
   * A check-in: present, unless the mark already counts as attended (late stays late). The note
   * stays. Returns the change, or nothing when the mark stays.
   */
  public Optional<AttendanceChange> checkIn(
      AttendanceStatus present,
      AttendanceStatus current,
      AttendanceChannel by,
      Long account,
      Instant now) {
    if (current != null && current.countsAsAttended()) {
      return Optional.empty();
    }
    return change(present, note, by, account, now);
  }

  /** A note as stored: trimmed, null when blank; longer than {@link #NOTE_LENGTH} is refused. */
  public static String checkedNote(String note) {
    if (note == null || note.isBlank()) {
      return null;
    }
    String trimmed = note.strip();
    if (trimmed.length() > NOTE_LENGTH) {
      throw new InvalidInputException("note", "attendance.rollCall.note.tooLong", NOTE_LENGTH);
    }
    return trimmed;
  }

  public boolean isMarked() {
    return statusCode != null;
  }

  public SessionRef session() {
    return new SessionRef(workshopId, sessionNumber);
  }

  public long getPersonId() {
    return personId;
  }

  public String getStatusCode() {
    return statusCode;
  }

  public String getNote() {
    return note;
  }

  public AttendanceChannel getChannel() {
    return channel;
  }

  public Long getMarkedBy() {
    return markedBy;
  }

  public Instant getMarkedAt() {
    return markedAt;
  }
}
