package org.capacita.enrollment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * Enrolment for the signed-in caller: leads and a workshop's trainers enrol and cancel anyone,
 * everybody else only themself (see {@link Enrolling}); the roster is for leads and trainers.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class WorkshopEnrolments {

  @Inject private CurrentCaller callers;
  @Inject private Enrolling enrolling;
  @Inject private Workshops workshops;
  @Inject private Enrolments enrolments;
  @Inject private Participants participants;

  public Actor caller() {
    return Actor.of(callers.get());
  }

  public EnrolmentResult enrol(long workshopId, long personId) {
    return enrolling.enrol(workshopId, personId, caller());
  }

  /** Cancels; returns the persons promoted from the waitlist to the seat it freed. */
  public List<Long> cancel(long workshopId, long personId) {
    return enrolling.cancel(workshopId, personId, caller());
  }

  public EnrolmentResult approve(long workshopId, long personId) {
    return enrolling.approve(workshopId, personId, caller());
  }

  /** One page of a workshop's roster with waitlist positions; another trainer's: not found. */
  public Roster roster(long workshopId, int first, int size) {
    Workshop workshop = managed(workshopId);
    Map<Integer, Integer> positions = positions(workshop);
    List<EnrolmentResult> rows =
        enrolments.ofWorkshop(workshop, first, size).stream()
            .map(e -> new EnrolmentResult(e, positionOf(e, positions)))
            .toList();
    return new Roster(workshop, rows, enrolments.countOfWorkshop(workshop));
  }

  /**
   * One page of the roster lines whose person matches {@code query} (every word, no accents or
   * case), ordered by status and name, with waitlist positions; another trainer's: not found.
   */
  public List<RosterLine> roster(long workshopId, String query, int first, int size) {
    Workshop workshop = managed(workshopId);
    Map<Integer, Integer> positions = positions(workshop);
    return participants
        .page(workshop, EnumSet.allOf(EnrolmentStatus.class), query, first, size)
        .stream()
        .map(p -> new RosterLine(p, positionOf(p.enrolment(), positions)))
        .toList();
  }

  /** How many roster lines match {@code query} (cancelled enrolments too). */
  public long rosterSize(long workshopId, String query) {
    return participants.count(managed(workshopId), EnumSet.allOf(EnrolmentStatus.class), query);
  }

  /** How many lines the roster has (cancelled enrolments too). */
  public long rosterSize(long workshopId) {
    return enrolments.countOfWorkshop(managed(workshopId));
  }

  /** The caller's own place or request in the workshop, with its waitlist position. */
  public Optional<EnrolmentResult> own(long workshopId) {
    Long personId = caller().personId();
    Workshop workshop = workshops.find(workshopId).orElseThrow(NotFoundException::new);
    return Optional.ofNullable(personId)
        .flatMap(p -> enrolments.find(workshop, p))
        .filter(Enrolment::isActive)
        .map(e -> new EnrolmentResult(e, positionOf(e, positions(workshop))));
  }

  /** The places and requests these persons hold in a workshop the caller manages, by person. */
  public Map<Long, EnrolmentResult> among(long workshopId, Collection<Long> personIds) {
    Workshop workshop = managed(workshopId);
    Map<Integer, Integer> positions = positions(workshop);
    Map<Long, EnrolmentResult> found = new HashMap<>();
    for (Enrolment e : enrolments.activeOf(workshop, personIds)) {
      found.put(e.getPersonId(), new EnrolmentResult(e, positionOf(e, positions)));
    }
    return found;
  }

  private Workshop managed(long workshopId) {
    Actor actor = caller();
    return workshops.find(workshopId).filter(actor::manages).orElseThrow(NotFoundException::new);
  }

  /** Waitlist queue numbers to positions (1 = next to be promoted). */
  private Map<Integer, Integer> positions(Workshop workshop) {
    List<Integer> queue = enrolments.queue(workshop);
    Map<Integer, Integer> positions = new HashMap<>();
    for (int i = 0; i < queue.size(); i++) {
      positions.put(queue.get(i), i + 1);
    }
    return positions;
  }

  private static Integer positionOf(Enrolment enrolment, Map<Integer, Integer> positions) {
    return enrolment.getQueueNumber() == null ? null : positions.get(enrolment.getQueueNumber());
  }

  /** A roster line: the enrolment, who, and the waitlist position if waitlisted. */
  public record RosterLine(Participants.Participant participant, Integer position) {}

  /** A page of enrolments of a workshop. */
  public record Roster(Workshop workshop, List<EnrolmentResult> rows, long total) {}
}
