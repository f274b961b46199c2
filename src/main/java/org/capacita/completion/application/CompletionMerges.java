package org.capacita.completion.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.capacita.people.domain.MergeUndone;
import org.capacita.people.domain.PersonMerge;
import org.capacita.people.domain.PersonsMerged;

/**
 * Moves completions with a merge, so that the training record counts the survivor: each of the
 * duplicate's completions goes to the survivor unless the survivor has the same one (same module,
 * route and occasion), which would count one participation twice. Undoing the merge moves them
 * back. Runs in the merge's transaction.
 */
@ApplicationScoped
public class CompletionMerges {

  static final String KIND = "completion";

  @PersistenceContext private EntityManager em;

  void merged(@Observes PersonsMerged event) {
    PersonMerge merge = event.merge();
    em.flush();
    @SuppressWarnings("unchecked")
    List<Number> movable =
        em.createNativeQuery(
                "SELECT c.id FROM completion c WHERE c.person_id = ?1 AND NOT EXISTS"
                    + " (SELECT 1 FROM completion s WHERE s.person_id = ?2"
                    + " AND s.module_code = c.module_code AND s.route = c.route"
                    + " AND s.occasion = c.occasion)")
            .setParameter(1, merge.getDuplicate().getId())
            .setParameter(2, merge.getSurvivor().getId())
            .getResultList();
    for (Number id : movable) {
      move(id.longValue(), merge.getSurvivor().getId());
      merge.moved(KIND, id.longValue());
    }
  }

  void undone(@Observes MergeUndone event) {
    PersonMerge merge = event.merge();
    em.flush();
    for (String moved : merge.movedRecords()) {
      if (moved.startsWith(KIND + ":")) {
        move(Long.parseLong(moved.substring(KIND.length() + 1)), merge.getDuplicate().getId());
      }
    }
  }

  private void move(long completionId, long personId) {
    em.createNativeQuery("UPDATE completion SET person_id = ?1 WHERE id = ?2")
        .setParameter(1, personId)
        .setParameter(2, completionId)
        .executeUpdate();
  }
}
