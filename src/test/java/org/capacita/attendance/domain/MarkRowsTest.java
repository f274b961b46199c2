package org.capacita.attendance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class MarkRowsTest {

  private final AttendanceStatus retired =
      new AttendanceStatus("REMOTE", "Remote", "Remota", true, 50);
  private final StatusChoice choice;

  MarkRowsTest() {
    retired.change("Remote", "Remota", true, 50, false);
    choice =
        new StatusChoice(List.of(AttendanceMarkTest.PRESENT, AttendanceMarkTest.LATE, retired));
  }

  @Test
  void shouldNameTheBadRowAndItsField() {
    assertField(
        InvalidInputException.class,
        "[1].personId",
        new MarkInput(1L, "PRESENT", null),
        new MarkInput(null, "LATE", null));
    assertField(InvalidInputException.class, "[0].status", new MarkInput(1L, " ", null));
    assertField(
        BusinessRuleException.class,
        "[1].status",
        new MarkInput(1L, "PRESENT", null),
        new MarkInput(2L, "ASLEEP", null));
    assertField(BusinessRuleException.class, "[0].status", new MarkInput(1L, "REMOTE", null));
    assertField(
        BusinessRuleException.class,
        "[2].personId",
        new MarkInput(1L, "PRESENT", null),
        new MarkInput(2L, "LATE", null),
        new MarkInput(1L, "LATE", null));
    assertField(
        InvalidInputException.class, "[0].note", new MarkInput(1L, "LATE", "x".repeat(501)));
    assertThrows(InvalidInputException.class, () -> MarkRows.checked(null, choice));
  }

  @Test
  void shouldGiveEachRowItsStatus() {
    MarkRows rows =
        MarkRows.checked(
            List.of(new MarkInput(4L, "LATE", null), new MarkInput(9L, "PRESENT", "ok")), choice);
    assertEquals(List.of(4L, 9L), rows.personIds());
    assertEquals("LATE", rows.status(0).getCode());
    assertEquals("[1].personId", rows.personField(9L));
  }

  private void assertField(
      Class<? extends BusinessRuleException> type, String field, MarkInput... rows) {
    BusinessRuleException refused =
        assertThrows(type, () -> MarkRows.checked(Arrays.asList(rows), choice));
    assertEquals(field, refused.getField());
  }
}
