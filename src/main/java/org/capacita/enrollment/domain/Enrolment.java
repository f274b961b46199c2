package org.capacita.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.BaseEntity;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.ConflictException;

/**
 * A person in a workshop: requested, enrolled, waitlisted (ordered by queue number) or cancelled,
 * with who made the last change and when. One row per workshop and person (a unique key backs
 * this); a cancelled enrolment is reopened by a new sign-up.
 */
@Entity
@Table(name = "workshop_enrolment")
@NamedQuery(
    name = "Enrolment.findOne",
    query = "SELECT e FROM Enrolment e WHERE e.workshop = :workshop AND e.personId = :personId")
@NamedQuery(
    name = "Enrolment.findActivePersonIds",
    query =
        "SELECT e.personId FROM Enrolment e WHERE e.workshop = :workshop"
            + " AND e.personId IN :personIds AND e.status <> :cancelled")
@NamedQuery(
    name = "Enrolment.findActiveOfPersons",
    query =
        "SELECT e FROM Enrolment e WHERE e.workshop = :workshop"
            + " AND e.personId IN :personIds AND e.status <> :cancelled")
@NamedQuery(
    name = "Enrolment.findPersonIdsByStatuses",
    query =
        "SELECT e.personId FROM Enrolment e WHERE e.workshop = :workshop"
            + " AND e.status IN :statuses")
@NamedQuery(
    name = "Enrolment.findByStatus",
    query =
        "SELECT e FROM Enrolment e WHERE e.workshop = :workshop AND e.status = :status"
            + " ORDER BY e.queueNumber, e.id")
@NamedQuery(
    name = "Enrolment.findByWorkshop",
    query =
        "SELECT e FROM Enrolment e WHERE e.workshop = :workshop"
            + " ORDER BY e.status, e.queueNumber, e.id")
@NamedQuery(
    name = "Enrolment.countByWorkshop",
    query = "SELECT COUNT(e) FROM Enrolment e WHERE e.workshop = :workshop")
@NamedQuery(
    name = "Enrolment.findByPerson",
    query = "SELECT e FROM Enrolment e WHERE e.personId = :personId ORDER BY e.createdAt DESC")
@NamedQuery(
    name = "Enrolment.findDueForReminder",
    query =
        "SELECT e FROM Enrolment e JOIN FETCH e.workshop w WHERE e.status = :status"
            + " AND e.remindedAt IS NULL AND w.status = :workshopStatus"
            + " AND w.startsAt > :now AND w.firstDay <= :lastDay")
@NamedQuery(
    name = "Enrolment.markReminded",
    query = "UPDATE Enrolment e SET e.remindedAt = :now WHERE e.id = :id AND e.remindedAt IS NULL")
public class Enrolment extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "workshop_id", nullable = false, updatable = false)
  private Workshop workshop;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private EnrolmentStatus status;

  @Column(name = "queue_number")
  private Integer queueNumber;

  @Column(name = "changed_by")
  private Long changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Set once, by {@code Enrolment.markReminded} only, when the reminder mail goes out. */
  @Column(name = "reminded_at")
  private Instant remindedAt;

  protected Enrolment() {}

  public Enrolment(Workshop workshop, long personId, Instant now) {
    this.workshop = Objects.requireNonNull(workshop);
    this.personId = personId;
    this.status = EnrolmentStatus.CANCELLED;
    this.createdAt = now;
    this.changedAt = now;
  }

  /** Starts (or restarts, after a cancellation) this enrolment with the status given. */
  public void open(EnrolmentStatus newStatus, Integer queue, Long by, Instant now) {
    if (status != EnrolmentStatus.CANCELLED) {
      throw new ConflictException("personId", "enrollment.already." + status);
    }
    if (newStatus == EnrolmentStatus.CANCELLED) {
      throw new IllegalArgumentException("An enrolment opens as requested, enrolled or waitlisted");
    }
    change(newStatus, queue, by, now);
  }

  /** Cancels; returns the status it had, so the caller can free the seat or waitlist place. */
  public EnrolmentStatus cancel(Long by, Instant now) {
    EnrolmentStatus was = status;
    if (was == EnrolmentStatus.CANCELLED) {
      throw new BusinessRuleException("enrollment.notActive");
    }
    change(EnrolmentStatus.CANCELLED, null, by, now);
    return was;
  }

  /** A waitlisted person takes a seat that freed up (by == null: the system did it). */
  public void promote(Long by, Instant now) {
    if (status != EnrolmentStatus.WAITLISTED) {
      throw new IllegalStateException("Only a waitlisted person is promoted");
    }
    change(EnrolmentStatus.ENROLLED, null, by, now);
  }

  /** A requested place is granted: a seat, or the end of the waitlist. */
  public void approve(EnrolmentStatus granted, Integer queue, Long by, Instant now) {
    if (status != EnrolmentStatus.REQUESTED) {
      throw new ConflictException("personId", "enrollment.notRequested");
    }
    change(granted, queue, by, now);
  }

  /**
   * A participant who came without a place (or without asking for one): from now on they take part,
   * holding no seat. Returns the status they had, so the caller can free a waitlist place; one who
   * takes part already stays as they are.
   */
  public EnrolmentStatus walkIn(Long by, Instant now) {
    EnrolmentStatus was = status;
    if (!was.takesPart()) {
      change(EnrolmentStatus.WALK_IN, null, by, now);
    }
    return was;
  }

  private void change(EnrolmentStatus newStatus, Integer queue, Long by, Instant now) {
    this.status = newStatus;
    this.queueNumber = queue;
    this.changedBy = by;
    this.changedAt = now;
  }

  public boolean isActive() {
    return status != EnrolmentStatus.CANCELLED;
  }

  public Workshop getWorkshop() {
    return workshop;
  }

  public long getPersonId() {
    return personId;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public Integer getQueueNumber() {
    return queueNumber;
  }

  public Long getChangedBy() {
    return changedBy;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }
}
