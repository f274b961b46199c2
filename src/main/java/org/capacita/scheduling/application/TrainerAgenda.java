package org.capacita.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopSession;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * A trainer's coming sessions, for their home page: the sessions of the workshops they train that
 * have not ended yet, soonest first, each at its venue's clock (dates and times in its zone).
 */
@Stateless
@RolesAllowed(Role.TRAINER_NAME)
public class TrainerAgenda {

  @Inject private CurrentCaller callers;
  @Inject private Workshops workshops;

  /** At most {@code max} sessions that end after now, of scheduled workshops the caller trains. */
  public List<AgendaSession> coming(int max, Locale locale) {
    Instant now = Instant.now();
    List<AgendaSession> sessions = new ArrayList<>();
    LocalDate from = now.atOffset(java.time.ZoneOffset.MIN).toLocalDate();
    for (Workshop workshop : workshops.trainedBy(callers.get().accountId(), from)) {
      if (workshop.getStatus() != WorkshopStatus.SCHEDULED) {
        continue;
      }
      ZoneId zone = workshop.zone();
      LocalDate today = now.atZone(zone).toLocalDate();
      for (WorkshopSession session : workshop.getSessions()) {
        if (session.endsAt(zone).isAfter(now)) {
          sessions.add(
              new AgendaSession(
                  workshop.getId(),
                  workshop.title(locale),
                  workshop.getCity().getName(),
                  session.getNumber(),
                  session.getDate(),
                  session.getStart(),
                  session.getEnd(),
                  zone.getId(),
                  session.getDate().equals(today),
                  session.startsAt(zone)));
        }
      }
    }
    return sessions.stream()
        .sorted(Comparator.comparing(AgendaSession::startsAt))
        .limit(max)
        .toList();
  }

  /** One coming session: its workshop, number, day and times at the venue, whether it is today. */
  public record AgendaSession(
      long workshopId,
      String title,
      String city,
      int number,
      LocalDate date,
      LocalTime start,
      LocalTime end,
      String timeZone,
      boolean today,
      Instant startsAt) {}
}
