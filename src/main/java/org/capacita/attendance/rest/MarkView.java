package org.capacita.attendance.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.capacita.attendance.application.RollCalls.RosterMark;
import org.capacita.attendance.domain.AttendanceMark;

/**
 * {@code {"personId","status","walkIn","note"?,"channel"?,"markedAt"?}}: one person taking part in
 * a session and their mark; {@code "status": null} while they are not marked.
 */
@JsonbPropertyOrder({"personId", "status", "walkIn", "note", "channel", "markedAt"})
public record MarkView(
    long personId,
    @JsonbNillable String status,
    boolean walkIn,
    String note,
    String channel,
    Instant markedAt) {

  public static MarkView of(RosterMark line) {
    AttendanceMark mark = line.mark();
    if (mark == null) {
      return new MarkView(line.personId(), null, line.walkIn(), null, null, null);
    }
    return new MarkView(
        mark.getPersonId(),
        mark.getStatusCode(),
        line.walkIn(),
        mark.getNote(),
        mark.getChannel().name(),
        mark.getMarkedAt());
  }
}
