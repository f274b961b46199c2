package org.capacita.attendance.rest;

import java.time.Instant;
import org.capacita.attendance.domain.AttendanceMark;

/** {@code {"personId","status","note"?,"channel","markedAt"}}: one person's mark in a session. */
public record MarkView(
    long personId, String status, String note, String channel, Instant markedAt) {

  public static MarkView of(AttendanceMark mark) {
    return new MarkView(
        mark.getPersonId(),
        mark.getStatusCode(),
        mark.getNote(),
        mark.getChannel().name(),
        mark.getMarkedAt());
  }
}
