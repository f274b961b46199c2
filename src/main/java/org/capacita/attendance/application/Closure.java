package org.capacita.attendance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.capacita.attendance.domain.ClosureChange;
import org.capacita.attendance.domain.ClosureOutcome;
import org.capacita.completion.application.Completions;
import org.capacita.completion.domain.Completion;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;
import org.capacita.shared.validation.RequiredText;

/**
 * Closing and re-opening workshops, and their completions, for leads (every workshop) and the
 * workshop's trainers (another trainer's workshop is "not found"). The workshop's row is locked for
 * a closing or re-opening, so two of them never cross.
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class Closure {

  private static final Logger LOG = Logger.getLogger(Closure.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller callers;
  @Inject private Workshops workshops;
  @Inject private ClosureRecording recording;
  @Inject private ClosureComputation computation;
  @Inject private Completions completions;

  /** Closes the workshop after its last session: completions are recorded and become final. */
  public ClosureChange close(long workshopId) {
    Actor actor = Actor.of(callers.get());
    return recording.close(managed(workshopId, actor, true), actor.accountId(), Instant.now());
  }

  /** Re-opens a closed workshop to correct attendance; its completions stay until it closes. */
  public Workshop reopen(long workshopId, @RequiredText String reason) {
    Actor actor = Actor.of(callers.get());
    Workshop workshop = managed(workshopId, actor, true);
    Instant now = Instant.now();
    workshop.reopen(now);
    em.persist(ClosureChange.reopened(workshopId, actor.accountId(), now, reason));
    LOG.info(() -> "Workshop " + workshopId + " re-opened by account " + actor.accountId());
    return workshop;
  }

  /**
   * Each participant's standing: attended share and whether they complete, computed from the
   * attendance so far; once the workshop is closed, "completed" is what its closing recorded.
   */
  public Standings completions(long workshopId) {
    Workshop workshop = managed(workshopId, Actor.of(callers.get()), false);
    List<ClosureOutcome> outcomes = computation.outcomes(workshop);
    if (!workshop.isClosed()) {
      return new Standings(workshop, outcomes);
    }
    Set<Long> completed =
        completions.ofWorkshop(workshopId).stream()
            .map(Completion::getPersonId)
            .collect(Collectors.toSet());
    return new Standings(
        workshop,
        outcomes.stream()
            .map(
                o ->
                    new ClosureOutcome(
                        o.personId(),
                        o.attendedHours(),
                        o.attendedShare(),
                        completed.contains(o.personId()),
                        o.scores()))
            .toList());
  }

  /** A workshop the caller manages (another trainer's is "not found"). */
  public Workshop workshop(long workshopId) {
    return managed(workshopId, Actor.of(callers.get()), false);
  }

  /** The workshop's closings and re-openings, oldest first. */
  public List<ClosureChange> history(long workshopId) {
    managed(workshopId, Actor.of(callers.get()), false);
    return em.createNamedQuery("ClosureChange.findByWorkshop", ClosureChange.class)
        .setParameter("workshopId", workshopId)
        .getResultList();
  }

  private Workshop managed(long id, Actor actor, boolean lock) {
    return (lock ? workshops.lock(id) : workshops.find(id))
        .filter(actor::manages)
        .orElseThrow(NotFoundException::new);
  }

  /** A workshop and its participants' outcomes. */
  public record Standings(Workshop workshop, List<ClosureOutcome> outcomes) {}
}
