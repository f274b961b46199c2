package org.capacita.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.capacita.shared.domain.BaseEntity;

/**
 * One change of a mark, kept for good: the session and person, the old status (none for a first
 * mark) and the new one with its note, the channel, who and when, and the roll-call save that made
 * it, if one did. Only a mark makes these.
 */
@Entity
@Table(name = "attendance_change")
@NamedQuery(
    name = "AttendanceChange.findBySessionAndPersons",
    query =
        "SELECT c FROM AttendanceChange c WHERE c.workshopId = :workshop"
            + " AND c.sessionNumber = :session AND c.personId IN :persons"
            + " ORDER BY c.changedAt DESC, c.id DESC")
@NamedQuery(
    name = "AttendanceChange.findBySession",
    query =
        "SELECT c FROM AttendanceChange c WHERE c.workshopId = :workshop"
            + " AND c.sessionNumber = :session ORDER BY c.changedAt, c.id")
public class AttendanceChange extends BaseEntity {

  @Column(name = "workshop_id", nullable = false, updatable = false)
  private long workshopId;

  @Column(name = "session_number", nullable = false, updatable = false)
  private int sessionNumber;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "old_status", length = 16, updatable = false)
  private String oldStatus;

  @Column(name = "new_status", nullable = false, length = 16, updatable = false)
  private String newStatus;

  @Column(length = AttendanceMark.NOTE_LENGTH, updatable = false)
  private String note;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private AttendanceChannel channel;

  @Column(name = "changed_by", updatable = false)
  private Long changedBy;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(name = "save_id", updatable = false)
  private Long saveId;

  protected AttendanceChange() {}

  AttendanceChange(AttendanceMark mark, String oldStatus) {
    this.workshopId = mark.session().workshopId();
    this.sessionNumber = mark.session().sessionNumber();
    this.personId = mark.getPersonId();
    this.oldStatus = oldStatus;
    this.newStatus = mark.getStatusCode();
    this.note = mark.getNote();
    this.channel = mark.getChannel();
    this.changedBy = mark.getMarkedBy();
    this.changedAt = mark.getMarkedAt();
  }

  /** Names the roll-call save this change belongs to (before it is stored). */
  public AttendanceChange partOf(Long save) {
    if (isNew()) {
      this.saveId = save;
    }
    return this;
  }

  public long getPersonId() {
    return personId;
  }

  public String getOldStatus() {
    return oldStatus;
  }

  public String getNewStatus() {
    return newStatus;
  }

  public String getNote() {
    return note;
  }

  public AttendanceChannel getChannel() {
    return channel;
  }

  public Long getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public Long getSaveId() {
    return saveId;
  }

  public int getSessionNumber() {
    return sessionNumber;
  }

  public long getWorkshopId() {
    return workshopId;
  }
}
