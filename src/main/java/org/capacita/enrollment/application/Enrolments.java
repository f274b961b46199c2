package org.capacita.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.scheduling.domain.Workshop;

/**
 * Loads and stores workshop enrolments. Callers bring the transaction and lock the workshop row
 * first; reads that decide something are locking reads too, so that on MySQL/MariaDB (REPEATABLE
 * READ) they see the latest committed rows rather than the transaction's snapshot.
 */
@ApplicationScoped
public class Enrolments {

  @PersistenceContext private EntityManager em;

  public Optional<Enrolment> find(Workshop workshop, long personId) {
    return em.createNamedQuery("Enrolment.findOne", Enrolment.class)
        .setParameter("workshop", workshop)
        .setParameter("personId", personId)
        .getResultStream()
        .findFirst();
  }

  public Optional<Enrolment> findLocked(Workshop workshop, long personId) {
    return em.createNamedQuery("Enrolment.findOne", Enrolment.class)
        .setParameter("workshop", workshop)
        .setParameter("personId", personId)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  /** The waitlist in FIFO order (locking read). */
  public List<Enrolment> waitlistLocked(Workshop workshop) {
    return withStatusLocked(workshop, EnrolmentStatus.WAITLISTED);
  }

  public List<Enrolment> withStatusLocked(Workshop workshop, EnrolmentStatus status) {
    return em.createNamedQuery("Enrolment.findByStatus", Enrolment.class)
        .setParameter("workshop", workshop)
        .setParameter("status", status)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  public List<Enrolment> ofWorkshop(Workshop workshop, int first, int size) {
    return em.createNamedQuery("Enrolment.findByWorkshop", Enrolment.class)
        .setParameter("workshop", workshop)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countOfWorkshop(Workshop workshop) {
    return em.createNamedQuery("Enrolment.countByWorkshop", Long.class)
        .setParameter("workshop", workshop)
        .getSingleResult();
  }

  /** Queue numbers of the waitlist in order, to turn a queue number into a position. */
  public List<Integer> queue(Workshop workshop) {
    return em.createQuery(
            "SELECT e.queueNumber FROM Enrolment e WHERE e.workshop = :workshop"
                + " AND e.status = :status ORDER BY e.queueNumber",
            Integer.class)
        .setParameter("workshop", workshop)
        .setParameter("status", EnrolmentStatus.WAITLISTED)
        .getResultList();
  }

  /** Which of these persons hold a place or a request in the workshop, in one query. */
  public Set<Long> activeAmong(Workshop workshop, Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        em.createNamedQuery("Enrolment.findActivePersonIds", Long.class)
            .setParameter("workshop", workshop)
            .setParameter("personIds", Set.copyOf(personIds))
            .setParameter("cancelled", EnrolmentStatus.CANCELLED)
            .getResultList());
  }

  /** The places and requests these persons hold in the workshop, in one query. */
  public List<Enrolment> activeOf(Workshop workshop, Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Enrolment.findActiveOfPersons", Enrolment.class)
        .setParameter("workshop", workshop)
        .setParameter("personIds", Set.copyOf(personIds))
        .setParameter("cancelled", EnrolmentStatus.CANCELLED)
        .getResultList();
  }

  /** The persons who take part in the workshop (see {@link EnrolmentStatus#takesPart()}). */
  public List<Long> takingPart(Workshop workshop) {
    return em.createNamedQuery("Enrolment.findPersonIdsByStatuses", Long.class)
        .setParameter("workshop", workshop)
        .setParameter(
            "statuses",
            java.util.Arrays.stream(EnrolmentStatus.values())
                .filter(EnrolmentStatus::takesPart)
                .toList())
        .getResultList();
  }

  public List<Enrolment> ofPerson(long personId) {
    return em.createNamedQuery("Enrolment.findByPerson", Enrolment.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  public Enrolment add(Enrolment enrolment) {
    em.persist(enrolment);
    return enrolment;
  }
}
