package org.capacita.scheduling.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/** A session as asked for: a date, a start and an end in the venue's time zone. */
public record SessionTimes(LocalDate date, LocalTime start, LocalTime end) {

  public SessionTimes {
    Objects.requireNonNull(date);
    Objects.requireNonNull(start);
    Objects.requireNonNull(end);
  }
}
