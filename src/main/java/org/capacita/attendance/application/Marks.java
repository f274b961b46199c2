package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.capacita.attendance.domain.AttendanceChange;
import org.capacita.attendance.domain.AttendanceMark;
import org.capacita.attendance.domain.SessionRef;

/**
 * Loads and stores marks and their audit. Reads of many persons are one query each (in lists of at
 * most {@value #CHUNK} ids), never one per person; writes go through EclipseLink's batch writing.
 */
@ApplicationScoped
public class Marks {

  static final int CHUNK = 1000;

  @PersistenceContext private EntityManager em;

  public List<AttendanceMark> ofSession(SessionRef session) {
    return em.createNamedQuery("AttendanceMark.findBySession", AttendanceMark.class)
        .setParameter("workshop", session.workshopId())
        .setParameter("session", session.sessionNumber())
        .getResultList();
  }

  /** The marks of these persons in the session, by person id. */
  public Map<Long, AttendanceMark> of(SessionRef session, Collection<Long> personIds) {
    return chunks(personIds).stream()
        .flatMap(
            ids ->
                em
                    .createNamedQuery(
                        "AttendanceMark.findBySessionAndPersons", AttendanceMark.class)
                    .setParameter("workshop", session.workshopId())
                    .setParameter("session", session.sessionNumber())
                    .setParameter("persons", ids)
                    .getResultList()
                    .stream())
        .collect(
            Collectors.toMap(
                AttendanceMark::getPersonId, Function.identity(), (a, b) -> a, HashMap::new));
  }

  /** The audit of these persons in the session, newest first. */
  public List<AttendanceChange> changesOf(SessionRef session, Collection<Long> personIds) {
    return chunks(personIds).stream()
        .flatMap(
            ids ->
                em
                    .createNamedQuery(
                        "AttendanceChange.findBySessionAndPersons", AttendanceChange.class)
                    .setParameter("workshop", session.workshopId())
                    .setParameter("session", session.sessionNumber())
                    .setParameter("persons", ids)
                    .getResultList()
                    .stream())
        .toList();
  }

  public long countOfSession(SessionRef session) {
    return em.createNamedQuery("AttendanceMark.countBySession", Long.class)
        .setParameter("workshop", session.workshopId())
        .setParameter("session", session.sessionNumber())
        .getSingleResult();
  }

  /** The session's audit, oldest first. */
  public List<AttendanceChange> changesOfSession(SessionRef session) {
    return em.createNamedQuery("AttendanceChange.findBySession", AttendanceChange.class)
        .setParameter("workshop", session.workshopId())
        .setParameter("session", session.sessionNumber())
        .getResultList();
  }

  public void add(AttendanceMark mark) {
    em.persist(mark);
  }

  public void record(AttendanceChange change) {
    em.persist(change);
  }

  private static List<Set<Long>> chunks(Collection<Long> ids) {
    List<Long> all = List.copyOf(Set.copyOf(ids));
    if (all.isEmpty()) {
      return List.of();
    }
    return java.util.stream.IntStream.range(0, (all.size() + CHUNK - 1) / CHUNK)
        .mapToObj(i -> Set.copyOf(all.subList(i * CHUNK, Math.min(all.size(), (i + 1) * CHUNK))))
        .toList();
  }
}
