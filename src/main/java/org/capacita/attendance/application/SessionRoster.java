package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.scheduling.domain.Workshop;

/**
 * Everyone who takes part in a workshop (enrolled, or walked in), with their name as registered and
 * institution, by family and given names: the people of a sign-in sheet and of a paper import.
 */
@ApplicationScoped
public class SessionRoster {

  @PersistenceContext private EntityManager em;

  public List<Person> of(Workshop workshop) {
    List<EnrolmentStatus> taking =
        Arrays.stream(EnrolmentStatus.values()).filter(EnrolmentStatus::takesPart).toList();
    return em
        .createQuery(
            "SELECT e.personId, p.givenNames, p.familyNames, i.name FROM Enrolment e, Person p"
                + " LEFT JOIN p.institution i WHERE e.workshop = :workshop"
                + " AND p.id = e.personId AND e.status IN :statuses"
                + " ORDER BY p.familyNames, p.givenNames, e.id",
            Object[].class)
        .setParameter("workshop", workshop)
        .setParameter("statuses", taking)
        .getResultList()
        .stream()
        .map(
            row ->
                new Person(
                    (Long) row[0],
                    row[1] + " " + row[2],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3]))
        .toList();
  }

  /** A participant: id, full name ("given family"), each part, and institution (may be null). */
  public record Person(
      long personId, String name, String givenNames, String familyNames, String institution) {}
}
