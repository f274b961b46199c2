package org.capacita.completion.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacita.people.application.MergedRecords;
import org.capacita.people.domain.MergeUndone;
import org.capacita.people.domain.PersonsMerged;

/**
 * Moves completions with a merge, so that the training record counts the survivor: each of the
 * duplicate's completions goes to the survivor unless the survivor has the same one (same module,
 * route and occasion), which would count one participation twice. Undoing the merge moves them
 * back. Runs in the merge's transaction.
 */
@ApplicationScoped
public class CompletionMerges {

  @PersistenceContext private EntityManager em;

  private MergedRecords records() {
    return new MergedRecords(
        em,
        "completion",
        "SELECT c.id FROM completion c WHERE c.person_id = ?1 AND NOT EXISTS"
            + " (SELECT 1 FROM completion s WHERE s.person_id = ?2"
            + " AND s.module_code = c.module_code AND s.route = c.route"
            + " AND s.occasion = c.occasion)",
        (id, person) ->
            em.createNativeQuery("UPDATE completion SET person_id = ?1 WHERE id = ?2")
                .setParameter(1, person)
                .setParameter(2, id)
                .executeUpdate());
  }

  void merged(@Observes PersonsMerged event) {
    records().merged(event.merge());
  }

  void undone(@Observes MergeUndone event) {
    records().undone(event.merge());
  }
}
