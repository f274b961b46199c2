package org.capacita.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One session of a workshop: a date with start and end times in the venue's time zone. Part of the
 * workshop's aggregate, identified by the workshop and its number; moving a session changes its row
 * in place (an element collection would insert the moved row before deleting the old one and break
 * the key).
 */
@Entity
@Table(name = "workshop_session")
@NamedQuery(
    name = "WorkshopSession.ofTrainers",
    query =
        "SELECT t, w.id, w.title, w.module, w.city.name, w.timeZone, s.date, s.start, s.end"
            + " FROM Workshop w JOIN w.trainerIds t JOIN w.sessions s"
            + " WHERE t IN :trainers AND w.id <> :id AND w.status <> :cancelled"
            + " AND s.date BETWEEN :from AND :to ORDER BY t, w.startsAt, s.number")
@IdClass(WorkshopSession.Key.class)
public class WorkshopSession {

  @Id
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "workshop_id", nullable = false)
  private Workshop workshop;

  @Id
  @Column(name = "session_number", nullable = false)
  private int number;

  @Column(name = "session_date", nullable = false)
  private LocalDate date;

  @Column(name = "start_time", nullable = false)
  private LocalTime start;

  @Column(name = "end_time", nullable = false)
  private LocalTime end;

  protected WorkshopSession() {}

  WorkshopSession(int number, SessionTimes times) {
    this.number = number;
    moveTo(times);
  }

  /** This session as the given workshop's (a checked session joins its workshop). */
  WorkshopSession of(Workshop owner) {
    this.workshop = owner;
    return this;
  }

  /** Moves the session to other times; its number stays. */
  void moveTo(SessionTimes times) {
    this.date = times.date();
    this.start = times.start();
    this.end = times.end();
  }

  SessionTimes times() {
    return new SessionTimes(date, start, end);
  }

  /** Hours between start and end, to one decimal. */
  public BigDecimal hours() {
    long minutes = Duration.between(start, end).toMinutes();
    return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
  }

  public Instant startsAt(ZoneId zone) {
    return date.atTime(start).atZone(zone).toInstant();
  }

  public Instant endsAt(ZoneId zone) {
    return date.atTime(end).atZone(zone).toInstant();
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getDate() {
    return date;
  }

  public LocalTime getStart() {
    return start;
  }

  public LocalTime getEnd() {
    return end;
  }

  /** The key of a session: its workshop's id and its number. */
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long workshop;
    private int number;

    public Key() {}

    public Key(Long workshop, int number) {
      this.workshop = workshop;
      this.number = number;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(workshop, key.workshop)
          && number == key.number;
    }

    @Override
    public int hashCode() {
      return Objects.hash(workshop, number);
    }
  }
}
