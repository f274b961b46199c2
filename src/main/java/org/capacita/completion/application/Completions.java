package org.capacita.completion.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.completion.domain.Completion;
import org.capacita.completion.domain.CompletionRecorded;
import org.capacita.completion.domain.CompletionRoute;

/**
 * Records completions, each at most once per person, module, route and occasion (a unique key backs
 * this), and announces new ones. Callers bring the transaction.
 */
@ApplicationScoped
public class Completions {

  private static final Logger LOG = Logger.getLogger(Completions.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Event<CompletionRecorded> recorded;

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
