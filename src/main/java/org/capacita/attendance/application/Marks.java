package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.capacita.attendance.domain.AttendanceChange;
import org.capacita.attendance.domain.AttendanceMark;
import org.capacita.attendance.domain.RollCallSave;
import org.capacita.attendance.domain.SessionRef;
import org.capacita.infrastructure.database.IdAllocation;

/**
 * Loads and stores marks and their audit. Reads of many persons are one query each (the persons
 * named, or the whole session when they are more than {@value #CHUNK}), never one per person;
 * writes go through EclipseLink's batch writing.
 */
@ApplicationScoped
public class Marks {

  static final int CHUNK = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private IdAllocation ids;

  public List<AttendanceMark> ofSession(SessionRef session) {
    return em.createNamedQuery("AttendanceMark.findBySession", AttendanceMark.class)
        .setParameter("workshop", session.workshopId())
        .setParameter("session", session.sessionNumber())
        .getResultList();
  }

  /** The marks of these persons in the session, by person id. */
  public Map<Long, AttendanceMark> of(SessionRef session, Collection<Long> personIds) {
    if (personIds.size() > CHUNK) {
      Set<Long> wanted = Set.copyOf(personIds);
      return ofSession(session).stream()
          .filter(m -> wanted.contains(m.getPersonId()))
          .collect(
              Collectors.toMap(
                  AttendanceMark::getPersonId, Function.identity(), (a, b) -> a, HashMap::new));
    }
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

  /**
   * The marks of these persons in the session, by person id, detached: a roll-call save changes
   * them and writes them itself ({@link MarkUpdates}), so that EclipseLink does not write them
   * again.
   */
  public Map<Long, AttendanceMark> detachedOf(SessionRef session, Collection<Long> personIds) {
    Map<Long, AttendanceMark> found = of(session, personIds);
    found.values().forEach(em::detach);
    return found;
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

  /**
   * Stores a roll-call save: its key (if any), its new marks and its changes, with ids reserved in
   * one step for all of them (a save of 1,000 first marks would otherwise take 40 blocks of 50),
   * written by EclipseLink's batch writing at commit. Changed marks already loaded need nothing.
   */
  public void store(RollCallSave save, List<AttendanceMark> added, List<AttendanceChange> changes) {
    int count = (save == null ? 0 : 1) + added.size() + changes.size();
    if (count == 0) {
      return;
    }
    long next = reserve(count);
    if (save != null) {
      save.takeReservedId(next++);
      em.persist(save);
    }
    for (AttendanceMark mark : added) {
      mark.takeReservedId(next++);
      em.persist(mark);
    }
    for (AttendanceChange change : changes) {
      change.partOf(save == null ? null : save.getId()).takeReservedId(next++);
      em.persist(change);
    }
  }

  private long reserve(int count) {
    try {
      return ids.reserve(count);
    } catch (SQLException e) {
      throw new PersistenceException("No ids for the roll call", e);
    }
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
