package org.capacita.attendance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.capacita.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class AttendanceMarkTest {

  static final AttendanceStatus PRESENT =
      new AttendanceStatus("PRESENT", "Present", "Presente", true, 10);
  static final AttendanceStatus LATE = new AttendanceStatus("LATE", "Late", "Tarde", true, 20);
  static final AttendanceStatus ABSENT =
      new AttendanceStatus("ABSENT", "Absent", "Ausente", false, 40);

  private final Instant now = Instant.parse("2026-12-03T12:00:00Z");

  @Test
  void shouldAuditAFirstMarkWithNoOldStatus() {
    AttendanceMark mark = new AttendanceMark(new SessionRef(1, 2), 7);

    AttendanceChange change =
        mark.change(LATE, "  came at 9:40 ", AttendanceChannel.ROLL_CALL, 5L, now).orElseThrow();

    assertNull(change.getOldStatus());
    assertEquals("LATE", change.getNewStatus());
    assertEquals("came at 9:40", change.getNote());
    assertEquals(AttendanceChannel.ROLL_CALL, change.getChannel());
    assertEquals(5L, change.getChangedBy());
    assertEquals(now, change.getChangedAt());
  }

  @Test
  void shouldLeaveNoTraceWhenNothingChanges() {
    AttendanceMark mark = new AttendanceMark(new SessionRef(1, 2), 7);
    mark.change(PRESENT, null, AttendanceChannel.API, 5L, now);

    assertTrue(mark.change(PRESENT, " ", AttendanceChannel.ROLL_CALL, 6L, now).isEmpty());
    assertEquals(AttendanceChannel.API, mark.getChannel(), "the mark stays as it was");
    assertEquals(
        "PRESENT",
        mark.change(ABSENT, null, AttendanceChannel.API, 5L, now).orElseThrow().getOldStatus());
  }

  @Test
  void shouldKeepAnAttendedStatusOnACheckInAndMarkOthersPresent() {
    AttendanceMark late = new AttendanceMark(new SessionRef(1, 1), 7);
    late.change(LATE, "bus", AttendanceChannel.ROLL_CALL, 5L, now);
    assertTrue(late.checkIn(PRESENT, LATE, AttendanceChannel.QR, null, now).isEmpty());
    assertEquals("LATE", late.getStatusCode());

    AttendanceMark absent = new AttendanceMark(new SessionRef(1, 1), 8);
    absent.change(ABSENT, "bus", AttendanceChannel.ROLL_CALL, 5L, now);
    AttendanceChange change =
        absent.checkIn(PRESENT, ABSENT, AttendanceChannel.QR, null, now).orElseThrow();
    assertEquals("ABSENT", change.getOldStatus());
    assertEquals("PRESENT", absent.getStatusCode());
    assertEquals("bus", absent.getNote(), "a check-in keeps the note");
  }

  @Test
  void shouldRefuseANoteLongerThan500Characters() {
    AttendanceMark mark = new AttendanceMark(new SessionRef(1, 1), 7);
    assertThrows(
        InvalidInputException.class,
        () -> mark.change(PRESENT, "x".repeat(501), AttendanceChannel.API, 5L, now));
  }
}
