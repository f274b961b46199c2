package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What completions read of attendance: the sessions each person attended, in one query. */
@ApplicationScoped
public class AttendanceLedger {

  @PersistenceContext private EntityManager em;

  /**
   * Person id to the numbers of the workshop's sessions whose mark has a status that counts as
   * attended. Persons with no such mark are absent from the map.
   */
  public Map<Long, Set<Integer>> attendedSessions(long workshopId) {
    List<Object[]> rows =
        em.createNamedQuery("AttendanceMark.findAttended", Object[].class)
            .setParameter("workshop", workshopId)
            .getResultList();
    Map<Long, Set<Integer>> attended = new HashMap<>();
    for (Object[] row : rows) {
      attended
          .computeIfAbsent(((Number) row[0]).longValue(), p -> new TreeSet<>())
          .add(((Number) row[1]).intValue());
    }
    return attended;
  }
}
