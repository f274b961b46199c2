package org.capacita.scheduling.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.capacita.catalog.domain.Module;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopSession;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.scheduling.domain.WorkshopTitle;

/**
 * Finds where a workshop's trainers are booked twice. One query reads the sessions of the trainers'
 * other workshops in a window of days around the workshop's own (two days either side cover any two
 * time zones); overlaps are then compared as instants, each session in its own venue's zone.
 */
@ApplicationScoped
public class TrainerBookings {

  private static final int WINDOW_DAYS = 2;

  @PersistenceContext private EntityManager em;
  @Inject private TrainerNames names;

  /** One clash per trainer and other workshop, by trainer and then the other workshop's time. */
  public List<TrainerClash> clashesOf(Workshop workshop) {
    if (workshop.getStatus() == WorkshopStatus.CANCELLED || workshop.getTrainerIds().isEmpty()) {
      return List.of();
    }
    ZoneId zone = workshop.zone();
    List<Object[]> sessions =
        em.createNamedQuery("WorkshopSession.ofTrainers", Object[].class)
            .setParameter("trainers", workshop.getTrainerIds())
            .setParameter("id", workshop.getId())
            .setParameter("cancelled", WorkshopStatus.CANCELLED)
            .setParameter("from", workshop.getFirstDay().minusDays(WINDOW_DAYS))
            .setParameter("to", workshop.getLastDay().plusDays(WINDOW_DAYS))
            .getResultList();
    List<TrainerClash> clashes = new ArrayList<>();
    Set<String> told = new HashSet<>();
    for (Object[] row : sessions) {
      long trainer = (Long) row[0];
      long other = (Long) row[1];
      ZoneId otherZone = ZoneId.of((String) row[5]);
      LocalDate date = (LocalDate) row[6];
      LocalTime start = (LocalTime) row[7];
      LocalTime end = (LocalTime) row[8];
      Instant from = date.atTime(start).atZone(otherZone).toInstant();
      Instant to = date.atTime(end).atZone(otherZone).toInstant();
      if (overlaps(workshop.getSessions(), zone, from, to) && told.add(trainer + ":" + other)) {
        clashes.add(
            new TrainerClash(
                trainer,
                names.of(trainer),
                other,
                new WorkshopTitle((String) row[2], (Module) row[3]),
                (String) row[4],
                date,
                start,
                end,
                otherZone.getId()));
      }
    }
    return clashes;
  }

  private static boolean overlaps(
      List<WorkshopSession> sessions, ZoneId zone, Instant from, Instant to) {
    return sessions.stream()
        .anyMatch(s -> s.startsAt(zone).isBefore(to) && from.isBefore(s.endsAt(zone)));
  }
}
