package org.capacita.attendance.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When participants may check themselves in to a session: from {@code before} ahead of its start
 * (in the venue's zone) to its end.
 */
public record CheckInWindow(Instant opens, Instant closes) {

  public static CheckInWindow of(
      LocalDate date, LocalTime start, LocalTime end, ZoneId zone, Duration before) {
    return new CheckInWindow(
        date.atTime(start).atZone(zone).toInstant().minus(before),
        date.atTime(end).atZone(zone).toInstant());
  }

  public boolean isOpenAt(Instant now) {
    return !now.isBefore(opens) && now.isBefore(closes);
  }
}
