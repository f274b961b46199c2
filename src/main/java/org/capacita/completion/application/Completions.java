package org.capacita.completion.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.catalog.application.Modules;
import org.capacita.completion.domain.Completion;
import org.capacita.completion.domain.CompletionRecorded;
import org.capacita.completion.domain.CompletionRoute;
import org.capacita.completion.domain.CompletionWithdrawn;
import org.capacita.completion.domain.ParticipantFacts;
import org.capacita.people.application.People;

/**
 * The one door to the training record: records completions, each at most once per person, module,
 * route and occasion (a unique key backs this), copying the module's titles and what the registry
 * holds about the person at that moment, and announces new ones; withdraws one when a workshop's
 * recomputed closure no longer grants it. Callers bring the transaction.
 */
@ApplicationScoped
public class Completions {

  private static final Logger LOG = Logger.getLogger(Completions.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Event<CompletionRecorded> recorded;
  @Inject private Event<CompletionWithdrawn> withdrawn;
  @Inject private People people;
  @Inject private Modules modules;

  /** Stores {@code completion} unless the same one exists; returns the one that counts. */
  public Completion record(Completion completion) {
    Optional<Completion> existing =
        find(
            completion.getPersonId(),
            completion.getModuleCode(),
            completion.getRoute(),
            completion.getWorkshopId() == null
                ? Completion.onlineOccasion()
                : completion.getWorkshopId().toString());
    if (existing.isPresent()) {
      return existing.get();
    }
    completion.describe(
        modules.findByCode(completion.getModuleCode()).orElse(null),
        people.find(completion.getPersonId()).map(ParticipantFacts::of).orElse(null));
    em.persist(completion);
    em.flush();
    recorded.fire(
        new CompletionRecorded(
            completion.getId(), completion.getPersonId(), completion.getModuleCode()));
    LOG.info(
        () ->
            "Completion of "
                + completion.getModuleCode()
                + " by person "
                + completion.getPersonId()
                + " ("
                + completion.getRoute()
                + ")");
    return completion;
  }

  /** Removes a completion (a workshop's closure recomputed without it) and says so. */
  public void withdraw(Completion completion) {
    Completion managed = em.contains(completion) ? completion : em.merge(completion);
    em.remove(managed);
    em.flush();
    withdrawn.fire(
        new CompletionWithdrawn(
            completion.getId(), completion.getPersonId(), completion.getModuleCode()));
    LOG.info(
        () ->
            "Completion of "
                + completion.getModuleCode()
                + " by person "
                + completion.getPersonId()
                + " withdrawn (workshop "
                + completion.getWorkshopId()
                + ")");
  }

  /** The completions recorded for a workshop, by person id. */
  public List<Completion> ofWorkshop(long workshopId) {
    return em.createNamedQuery("Completion.findByWorkshop", Completion.class)
        .setParameter("workshopId", workshopId)
        .setParameter("route", CompletionRoute.WORKSHOP)
        .getResultList();
  }

  public Optional<Completion> findOnline(long personId, String moduleCode) {
    return find(personId, moduleCode, CompletionRoute.ONLINE, Completion.onlineOccasion());
  }

  public List<Completion> ofPerson(long personId) {
    return em.createNamedQuery("Completion.findByPerson", Completion.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  private Optional<Completion> find(
      long personId, String code, CompletionRoute route, String occasion) {
    return em.createNamedQuery("Completion.findOne", Completion.class)
        .setParameter("personId", personId)
        .setParameter("code", code)
        .setParameter("route", route)
        .setParameter("occasion", occasion)
        .getResultStream()
        .findFirst();
  }
}
