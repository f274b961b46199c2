package org.capacita.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.capacita.people.domain.MergeUndone;
import org.capacita.people.domain.PersonMerge;
import org.capacita.people.domain.PersonsMerged;

/**
 * Moves workshop enrolments with a merge: the duplicate's enrolments go to the survivor, except in
 * a workshop the survivor is enrolled in already (those stay with the merged record). Undoing the
 * merge moves them back. Runs in the merge's transaction.
 */
@ApplicationScoped
public class WorkshopEnrolmentMerges {

  static final String KIND = "workshop_enrolment";

  @PersistenceContext private EntityManager em;

  void merged(@Observes PersonsMerged event) {
    PersonMerge merge = event.merge();
    em.flush();
    @SuppressWarnings("unchecked")
    List<Number> movable =
        em.createNativeQuery(
                "SELECT e.id FROM workshop_enrolment e WHERE e.person_id = ?1 AND NOT EXISTS"
                    + " (SELECT 1 FROM workshop_enrolment s WHERE s.person_id = ?2"
                    + " AND s.workshop_id = e.workshop_id)")
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
    em.createNativeQuery("UPDATE workshop_enrolment SET person_id = ?1 WHERE id = ?2")
        .setParameter(1, personId)
        .setParameter(2, enrolmentId)
        .executeUpdate();
  }
}
