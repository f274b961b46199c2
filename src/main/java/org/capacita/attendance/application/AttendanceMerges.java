package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacita.people.application.MergedRecords;
import org.capacita.people.domain.MergeUndone;
import org.capacita.people.domain.PersonsMerged;

/**
 * Moves attendance with a merge, as enrolments move: the duplicate's marks go to the survivor with
 * their audit, except in a session where the survivor has a mark already (those stay with the
 * merged record, as one person cannot have two marks in a session). Undoing the merge moves them
 * back. The audit is chosen first, while the survivor's own marks are still the only ones. Runs in
 * the merge's transaction.
 */
@ApplicationScoped
public class AttendanceMerges {

  private static final String SURVIVOR_HAS_NO_MARK =
      " AND NOT EXISTS (SELECT 1 FROM attendance_mark s WHERE s.person_id = ?2"
          + " AND s.workshop_id = x.workshop_id AND s.session_number = x.session_number)";

  @PersistenceContext private EntityManager em;

  private MergedRecords records(String table) {
    return new MergedRecords(
        em,
        table,
        "SELECT x.id FROM " + table + " x WHERE x.person_id = ?1" + SURVIVOR_HAS_NO_MARK,
        (id, person) ->
            em.createNativeQuery("UPDATE " + table + " SET person_id = ?1 WHERE id = ?2")
                .setParameter(1, person)
                .setParameter(2, id)
                .executeUpdate());
  }

  void merged(@Observes PersonsMerged event) {
    records("attendance_change").merged(event.merge());
    records("attendance_mark").merged(event.merge());
  }

  void undone(@Observes MergeUndone event) {
    records("attendance_change").undone(event.merge());
    records("attendance_mark").undone(event.merge());
  }
}
