package org.capacita.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** One session of a workshop: a date with start and end times in the venue's time zone. */
@Embeddable
public class WorkshopSession {

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
    this.date = times.date();
    this.start = times.start();
    this.end = times.end();
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
}
