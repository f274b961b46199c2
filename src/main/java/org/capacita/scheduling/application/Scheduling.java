package org.capacita.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopCancelled;
import org.capacita.scheduling.domain.WorkshopChanged;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;
import org.capacita.shared.validation.RequiredText;

/**
 * Schedules, changes and cancels workshops. Leads act on every workshop, trainers on those they
 * train (another trainer's workshop is "not found"); a trainer who schedules one trains it.
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class Scheduling {

  private static final Logger LOG = Logger.getLogger(Scheduling.class.getName());

  @Inject private CurrentCaller callers;
  @Inject private Workshops workshops;
  @Inject private WorkshopPlans plans;
  @Inject private TrainerBookings bookings;
  @Inject private Event<WorkshopCancelled> cancelled;
  @Inject private Event<WorkshopChanged> changed;

  public Workshop schedule(@NotNull @Valid WorkshopInput input) {
    Actor actor = Actor.of(callers.get());
    boolean draft = input.requestedStatus().orElse(null) == WorkshopStatus.DRAFT;
    Workshop workshop =
        workshops.add(
            new Workshop(plans.of(input, actor, null), actor.accountId(), Instant.now(), draft));
    LOG.info(() -> "Workshop scheduled: " + workshop.getId() + " by account " + actor.accountId());
    return workshop;
  }

  /** Changes a workshop; its row is locked, so the capacity check sees every enrolment. */
  public Workshop change(long id, @NotNull @Valid WorkshopInput input) {
    Actor actor = Actor.of(callers.get());
    Workshop workshop = managed(id, actor);
    workshop.change(plans.of(input, actor, workshop));
    input
        .requestedStatus()
        .ifPresent(
            status -> {
              if (status == WorkshopStatus.DRAFT) {
                workshop.checkMayBeDraft();
              } else {
                workshop.publish();
              }
            });
    changed.fire(new WorkshopChanged(workshop));
    return workshop;
  }

  /** Cancels a workshop; enrolments and attendance stay, enrolled people are told. */
  public Workshop cancel(long id, @RequiredText String reason) {
    Actor actor = Actor.of(callers.get());
    Workshop workshop = managed(id, actor);
    workshop.cancel(reason.strip());
    cancelled.fire(new WorkshopCancelled(workshop));
    LOG.info(() -> "Workshop cancelled: " + id + " by account " + actor.accountId());
    return workshop;
  }

  /**
   * Where the workshop's trainers also train another workshop at the same time; saving never waits
   * for this, it only warns.
   */
  public List<TrainerClash> clashes(Workshop workshop) {
    return bookings.clashesOf(workshop);
  }

  /** A workshop the caller manages, for a page: another trainer's is "not found". */
  public Workshop manageable(long id) {
    Actor actor = Actor.of(callers.get());
    return workshops.find(id).filter(actor::manages).orElseThrow(NotFoundException::new);
  }

  private Workshop managed(long id, Actor actor) {
    return workshops.lock(id).filter(actor::manages).orElseThrow(NotFoundException::new);
  }
}
