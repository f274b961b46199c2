package org.capacita.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacita.people.application.MergedRecords;
import org.capacita.people.domain.MergeUndone;
import org.capacita.people.domain.PersonsMerged;

/**
 * Moves workshop enrolments with a merge: the duplicate's enrolments go to the survivor, except in
 * a workshop the survivor is enrolled in already (those stay with the merged record). Undoing the
 * merge moves them back. Runs in the merge's transaction.
 */
@ApplicationScoped
public class WorkshopEnrolmentMerges {

  @PersistenceContext private EntityManager em;

  private MergedRecords records() {
    return new MergedRecords(
        em,
        "workshop_enrolment",
        "SELECT e.id FROM workshop_enrolment e WHERE e.person_id = ?1 AND NOT EXISTS"
            + " (SELECT 1 FROM workshop_enrolment s WHERE s.person_id = ?2"
            + " AND s.workshop_id = e.workshop_id)",
        (id, person) ->
            em.createNativeQuery("UPDATE workshop_enrolment SET person_id = ?1 WHERE id = ?2")
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
