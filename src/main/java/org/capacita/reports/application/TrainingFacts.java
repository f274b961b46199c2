package org.capacita.reports.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import org.capacita.completion.domain.CompletionRecorded;
import org.capacita.completion.domain.CompletionWithdrawn;
import org.capacita.people.domain.MergeUndone;
import org.capacita.people.domain.PersonsMerged;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopCancelled;

/**
 * Keeps {@code training_fact} in step with the training record, in the same transaction as the
 * change (observers in progress, never after the commit), so a report never counts what the record
 * does not hold: a recorded completion adds its fact, a withdrawn one removes it; a merge gives the
 * survivor the facts of the completions that moved to it (they run after {@code CompletionMerges},
 * whose priority is the default) and drops the duplicate's, which stayed because the survivor has
 * the same ones; its undoing copies both persons' facts afresh; a cancelled workshop's facts go.
 * With the facts it keeps their compact keys ({@code report_label}, new values numbered as they
 * come) and each person's first training day ({@code first_on}) on all of the person's facts.
 */
@ApplicationScoped
public class TrainingFacts {

  /** The most trainer rows' completions one DELETE names. */
  private static final int DELETE_CHUNK = 500;

  /** After the features that move records with a merge (default observer priority). */
  static final int AFTER_MOVES = Interceptor.Priority.APPLICATION + 900;

  @PersistenceContext private EntityManager em;
  @Inject private ReportLabelNumbers numbers;

  void recorded(@Observes CompletionRecorded event) {
    em.createNativeQuery(FactRebuildSql.INSERT_ONE)
        .setParameter(1, event.completionId())
        .executeUpdate();
    trainersOf("c.id = ?1", event.completionId());
    offeredHours("completion_id = ?1", event.completionId());
    keys("completion_id = ?1", event.completionId());
    firstOn(event.personId());
  }

  void withdrawn(@Observes CompletionWithdrawn event) {
    List<Long> persons = persons("completion_id = ?1", event.completionId());
    delete("completion_id = ?1", event.completionId());
    persons.forEach(this::firstOn);
  }

  void merged(@Observes @Priority(AFTER_MOVES) PersonsMerged event) {
    em.flush();
    delete("person_id = ?1", event.merge().getDuplicate().getId());
    copyAfresh(event.merge().getSurvivor().getId());
  }

  void undone(@Observes @Priority(AFTER_MOVES) MergeUndone event) {
    em.flush();
    copyAfresh(event.merge().getSurvivor().getId());
    copyAfresh(event.merge().getDuplicate().getId());
  }

  void cancelled(@Observes WorkshopCancelled event) {
    List<Long> persons = persons("workshop_id = ?1", event.workshop().getId());
    delete("workshop_id = ?1", event.workshop().getId());
    persons.forEach(this::firstOn);
  }

  private void copyAfresh(long personId) {
    delete("person_id = ?1", personId);
    em.createNativeQuery(FactRebuildSql.INSERT_PERSON).setParameter(1, personId).executeUpdate();
    trainersOf("c.person_id = ?1", personId);
    offeredHours("person_id = ?1", personId);
    keys("person_id = ?1", personId);
    firstOn(personId);
  }

  /**
   * Numbers the new values of the facts where {@code condition} holds for {@code ?1} (all facts for
   * a null value), in a transaction of their own ({@link ReportLabelNumbers}), and writes the
   * facts' keys.
   */
  @SuppressWarnings("unchecked")
  void keys(String condition, Object value) {
    String where = value == null ? "1 = 1" : condition;
    List<String> fresh =
        bound(em.createNativeQuery(FactRebuildSql.newValues(where)), value).getResultList();
    if (!fresh.isEmpty()) {
      numbers.number(fresh);
    }
    bound(em.createNativeQuery(FactRebuildSql.keys(where)), value).executeUpdate();
  }

  private static Query bound(Query query, Object value) {
    return value == null ? query : query.setParameter(1, value);
  }

  /** Writes the person's first training day into each of their facts. */
  private void firstOn(long personId) {
    Object first =
        em.createNativeQuery("SELECT MIN(trained_on) FROM training_fact WHERE person_id = ?1")
            .setParameter(1, personId)
            .getSingleResult();
    if (first != null) {
      em.createNativeQuery("UPDATE training_fact SET first_on = ?1 WHERE person_id = ?2")
          .setParameter(1, first)
          .setParameter(2, personId)
          .executeUpdate();
    }
  }

  @SuppressWarnings("unchecked")
  private List<Long> persons(String condition, Object value) {
    List<Object> ids =
        em.createNativeQuery("SELECT DISTINCT person_id FROM training_fact WHERE " + condition)
            .setParameter(1, value)
            .getResultList();
    return ids.stream().map(id -> ((Number) id).longValue()).toList();
  }

  /**
   * Writes the hours of their workshop's sessions into the facts where {@code condition} holds for
   * {@code ?1} (all facts for a null value) that have none yet.
   */
  @SuppressWarnings("unchecked")
  void offeredHours(String condition, Object value) {
    Query workshops =
        em.createNativeQuery(
            "SELECT DISTINCT workshop_id FROM training_fact WHERE workshop_id IS NOT NULL"
                + " AND offered_hours IS NULL"
                + (value == null ? "" : " AND " + condition));
    if (value != null) {
      workshops.setParameter(1, value);
    }
    for (Object id : workshops.getResultList()) {
      Workshop workshop = em.find(Workshop.class, ((Number) id).longValue());
      if (workshop != null) {
        em.createNativeQuery(
                "UPDATE training_fact SET offered_hours = ?1 WHERE workshop_id = ?2"
                    + " AND offered_hours IS NULL")
            .setParameter(1, workshop.hours())
            .setParameter(2, workshop.getId())
            .executeUpdate();
      }
    }
  }

  /** Deletes the facts (and their trainers) where {@code condition} holds for {@code ?1}. */
  private void delete(String condition, Object value) {
    // The trainers by their key, the ids read first: MariaDB 10.11 runs a DELETE's IN (SELECT ...)
    // row by row over the whole trainer table, locking every row, and closures side by side
    // deadlocked on it.
    List<?> ids =
        em.createNativeQuery("SELECT completion_id FROM training_fact WHERE " + condition)
            .setParameter(1, value)
            .getResultList();
    for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
      List<?> chunk = ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK));
      StringBuilder marks = new StringBuilder();
      for (int i = 1; i <= chunk.size(); i++) {
        marks.append(i == 1 ? "?" : ", ?").append(i);
      }
      var delete =
          em.createNativeQuery(
              "DELETE FROM training_fact_trainer WHERE completion_id IN (" + marks + ")");
      for (int i = 0; i < chunk.size(); i++) {
        delete.setParameter(i + 1, ((Number) chunk.get(i)).longValue());
      }
      delete.executeUpdate();
    }
    em.createNativeQuery("DELETE FROM training_fact WHERE " + condition)
        .setParameter(1, value)
        .executeUpdate();
  }

  /** Writes the trainer rows of the facts of completions where {@code condition} holds. */
  @SuppressWarnings("unchecked")
  void trainersOf(String condition, Object value) {
    List<Object[]> rows =
        em.createNativeQuery(FactRebuildSql.TRAINERS + " AND " + condition)
            .setParameter(1, value)
            .getResultList();
    insertTrainers(rows);
  }

  void insertTrainers(List<Object[]> rows) {
    for (Object[] row : rows) {
      long completion = ((Number) row[0]).longValue();
      for (String trainer : FactRebuildSql.trainers((String) row[1])) {
        em.createNativeQuery(FactRebuildSql.INSERT_TRAINER)
            .setParameter(1, completion)
            .setParameter(2, trainer)
            .executeUpdate();
      }
    }
  }
}
