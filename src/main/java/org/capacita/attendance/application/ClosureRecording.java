package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.capacita.attendance.domain.ClosureChange;
import org.capacita.attendance.domain.ClosureOutcome;
import org.capacita.completion.application.Completions;
import org.capacita.completion.domain.Completion;
import org.capacita.completion.domain.DeliveryFacts;
import org.capacita.scheduling.application.TrainerNames;
import org.capacita.scheduling.domain.Workshop;

/**
 * Closes a workshop (locked by the caller) and brings its completions in line with the outcomes:
 * records those who now complete, through {@link Completions} with the workshop's facts as they are
 * now, and withdraws those who no longer do (after a re-opening corrected attendance). Every
 * closing is written to the audit trail with what it added and removed.
 */
@ApplicationScoped
public class ClosureRecording {

  private static final Logger LOG = Logger.getLogger(ClosureRecording.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private ClosureComputation computation;
  @Inject private Completions completions;
  @Inject private TrainerNames trainerNames;

  /** Closes the workshop; {@code accountId} null when it closes itself. */
  public ClosureChange close(Workshop workshop, Long accountId, Instant now) {
    workshop.close(now, accountId);
    Map<Long, Completion> recorded = new HashMap<>();
    completions.ofWorkshop(workshop.getId()).forEach(c -> recorded.put(c.getPersonId(), c));
    DeliveryFacts delivery = delivery(workshop);
    int added = 0;
    for (ClosureOutcome outcome : computation.outcomes(workshop)) {
      Completion existing = recorded.remove(outcome.personId());
      if (outcome.completed() && existing == null) {
        completions.record(
            Completion.atWorkshop(
                outcome.personId(),
                workshop.getModule(),
                workshop.getId(),
                delivery,
                outcome.attendedHours(),
                outcome.scores(),
                now));
        added++;
      } else if (!outcome.completed() && existing != null) {
        recorded.put(outcome.personId(), existing);
      }
    }
    recorded.values().forEach(completions::withdraw);
    ClosureChange change =
        ClosureChange.closed(workshop.getId(), accountId, now, added, recorded.size());
    em.persist(change);
    int removed = recorded.size();
    int total = added;
    LOG.info(
        () ->
            "Workshop "
                + workshop.getId()
                + " closed by "
                + (accountId == null ? "itself" : "account " + accountId)
                + ": "
                + total
                + " completions added, "
                + removed
                + " removed");
    return change;
  }

  private DeliveryFacts delivery(Workshop workshop) {
    return DeliveryFacts.workshop(
        workshop.getFirstDay(),
        workshop.getLastDay(),
        workshop.getCity().getName(),
        workshop.getCity().getRegionCode(),
        workshop.getCountry().getCode(),
        workshop.getProject(),
        trainerNames.of(workshop, Locale.ROOT));
  }
}
