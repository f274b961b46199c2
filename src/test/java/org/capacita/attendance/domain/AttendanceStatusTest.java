package org.capacita.attendance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.capacita.shared.domain.BusinessRuleException;
import org.junit.jupiter.api.Test;

class AttendanceStatusTest {

  @Test
  void shouldNameItselfInTheUsersLanguage() {
    AttendanceStatus remote = new AttendanceStatus("REMOTE", " Remote ", "Remota", true, 50);
    assertEquals("Remota", remote.name(Locale.forLanguageTag("es-CL")));
    assertEquals("Remote", remote.name(Locale.ENGLISH));
  }

  @Test
  void shouldRefuseBadCodesAndNamesAndKeepPresentCountingAndOffered() {
    assertThrows(
        BusinessRuleException.class, () -> new AttendanceStatus("late", "Late", "Tarde", true, 1));
    assertThrows(
        BusinessRuleException.class, () -> new AttendanceStatus("LATE", "", "Tarde", true, 1));
    AttendanceStatus present = new AttendanceStatus("PRESENT", "Present", "Presente", true, 1);
    assertThrows(BusinessRuleException.class, () -> present.change("Here", "Aquí", false, 1, true));
    assertThrows(BusinessRuleException.class, () -> present.change("Here", "Aquí", true, 1, false));
    AttendanceStatus excused = new AttendanceStatus("EXCUSED", "Excused", "Justificado", false, 3);
    excused.change("Excused", "Justificado", false, 3, false);
    assertFalse(excused.isActive());
  }
}
