package org.capacita.attendance.rest;

import java.time.Instant;
import org.capacita.attendance.domain.AttendanceChange;

/** One change of a mark in the audit: old and new status, note, channel, who (account) and when. */
public record MarkChangeView(
    long personId,
    String oldStatus,
    String newStatus,
    String note,
    String channel,
    Long changedBy,
    Instant changedAt) {

  public static MarkChangeView of(AttendanceChange change) {
    return new MarkChangeView(
        change.getPersonId(),
        change.getOldStatus(),
        change.getNewStatus(),
        change.getNote(),
        change.getChannel().name(),
        change.getChangedBy(),
        change.getChangedAt());
  }
}
