package org.capacita.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.capacita.shared.domain.BusinessRuleException;
import org.junit.jupiter.api.Test;

class WorkshopSessionsTest {

  private static SessionTimes session(String date, String start, String end) {
    return new SessionTimes(LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end));
  }

  @Test
  void shouldNumberSessionsFromOneInTimeOrderAndComputeHours() {
    List<WorkshopSession> sessions =
        SessionSchedule.checked(
            List.of(
                session("2026-12-03", "09:00", "13:00"),
                session("2026-12-02", "14:00", "17:30"),
                session("2026-12-02", "09:00", "12:00")));

    assertEquals(List.of(1, 2, 3), sessions.stream().map(WorkshopSession::getNumber).toList());
    assertEquals(LocalTime.parse("09:00"), sessions.get(0).getStart());
    assertEquals(LocalDate.parse("2026-12-03"), sessions.get(2).getDate());
    assertEquals(new BigDecimal("3.5"), sessions.get(1).hours());
  }

  @Test
  void shouldRejectASessionThatEndsBeforeItStarts() {
    BusinessRuleException error =
        assertThrows(
            BusinessRuleException.class,
            () ->
                SessionSchedule.checked(
                    List.of(
                        session("2026-12-02", "09:00", "12:00"),
                        session("2026-12-03", "13:00", "12:00"))));

    assertEquals("sessions[1].end", error.getField());
    assertEquals("workshop.session.endBeforeStart", error.getMessageKey());
  }

  @Test
  void shouldRejectOverlappingSessionsButAcceptBackToBackOnes() {
    BusinessRuleException error =
        assertThrows(
            BusinessRuleException.class,
            () ->
                SessionSchedule.checked(
                    List.of(
                        session("2026-12-02", "09:00", "12:00"),
                        session("2026-12-02", "11:30", "13:00"))));

    assertEquals("workshop.session.overlap", error.getMessageKey());
    assertEquals(
        2,
        SessionSchedule.checked(
                List.of(
                    session("2026-12-02", "09:00", "12:00"),
                    session("2026-12-02", "12:00", "13:00")))
            .size());
  }

  @Test
  void shouldRejectNoSessions() {
    assertThrows(BusinessRuleException.class, () -> SessionSchedule.checked(List.of()));
  }
}
