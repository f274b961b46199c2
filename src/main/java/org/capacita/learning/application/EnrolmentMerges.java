package org.capacita.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacita.people.application.MergedRecords;
import org.capacita.people.domain.MergeUndone;
import org.capacita.people.domain.PersonsMerged;

/**
 * Moves online learning with a merge: the duplicate's module enrolments, with their attempts and
 * lesson progress, go to the survivor, except in a module the survivor is enrolled in already
 * (those stay with the merged record, which reports do not count). Undoing the merge moves them
 * back. Runs in the merge's transaction.
 */
@ApplicationScoped
public class EnrolmentMerges {

  @PersistenceContext private EntityManager em;

  private MergedRecords records() {
    return new MergedRecords(
        em,
        "module_enrolment",
        "SELECT e.id FROM module_enrolment e WHERE e.person_id = ?1 AND NOT EXISTS"
            + " (SELECT 1 FROM module_enrolment s WHERE s.person_id = ?2"
            + " AND s.module_id = e.module_id)",
        this::move);
  }

  void merged(@Observes PersonsMerged event) {
    records().merged(event.merge());
  }

  void undone(@Observes MergeUndone event) {
    records().undone(event.merge());
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
