package org.capacita.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.capacita.people.domain.MergeUndone;
import org.capacita.people.domain.PersonMerge;
import org.capacita.people.domain.PersonsMerged;

/**
 * Moves online learning with a merge: the duplicate's module enrolments, with their attempts and
 * lesson progress, go to the survivor, except in a module the survivor is enrolled in already
 * (those stay with the merged record, which reports do not count). Undoing the merge moves them
 * back. Runs in the merge's transaction.
 */
@ApplicationScoped
public class EnrolmentMerges {

  static final String KIND = "module_enrolment";

  @PersistenceContext private EntityManager em;

  void merged(@Observes PersonsMerged event) {
    PersonMerge merge = event.merge();
    em.flush();
    @SuppressWarnings("unchecked")
    List<Number> movable =
        em.createNativeQuery(
                "SELECT e.id FROM module_enrolment e WHERE e.person_id = ?1 AND NOT EXISTS"
                    + " (SELECT 1 FROM module_enrolment s WHERE s.person_id = ?2"
                    + " AND s.module_id = e.module_id)")
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

  private void move(long enrolmentId, long personId) {
    em.createNativeQuery("UPDATE module_enrolment SET person_id = ?1 WHERE id = ?2")
        .setParameter(1, personId)
        .setParameter(2, enrolmentId)
        .executeUpdate();
    em.createNativeQuery("UPDATE test_attempt SET person_id = ?1 WHERE enrolment_id = ?2")
        .setParameter(1, personId)
        .setParameter(2, enrolmentId)
        .executeUpdate();
  }
}
