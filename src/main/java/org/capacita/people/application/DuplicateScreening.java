package org.capacita.people.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.ScreeningRange;

/**
 * Compares imported persons with the registry and queues their likely duplicates for review, a few
 * persons per transaction. The range being worked on is locked, so that two application instances
 * never screen the same persons, and it shrinks as persons are done, so that a restart goes on
 * where the last transaction ended.
 */
@Stateless
public class DuplicateScreening {

  @PersistenceContext private EntityManager em;
  @Inject private DuplicateFinder finder;

  /**
   * Screens at most {@code max} persons of the oldest queued import; returns how many persons were
   * looked at, 0 when nothing is queued.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int screenNext(int max) {
    Long oldest = em.createNamedQuery("ScreeningRange.oldest", Long.class).getSingleResult();
    if (oldest == null) {
      return 0;
    }
    ScreeningRange range = em.find(ScreeningRange.class, oldest, LockModeType.PESSIMISTIC_WRITE);
    if (range == null) {
      return 1; // finished meanwhile by another instance
    }
    List<Person> persons =
        em.createNamedQuery("Person.findInIdRange", Person.class)
            .setParameter("first", range.getFirstPersonId())
            .setParameter("last", range.getLastPersonId())
            .setMaxResults(max)
            .getResultList();
    long last = range.getLastPersonId();
    for (Person person : persons) {
      if (person.getMergedInto() == null) {
        finder.queueDuplicatesOf(person);
      }
      last = person.getId();
    }
    if (persons.size() < max || range.screenedUpTo(last)) {
      em.remove(range);
    }
    return Math.max(persons.size(), 1);
  }

  /** How many persons still wait to be screened. */
  public long waiting() {
    // The sum's type depends on the database (BIGINT on MySQL, DECIMAL on H2), hence Number.
    Number waiting =
        (Number)
            em.createQuery("SELECT SUM(r.lastPersonId - r.firstPersonId + 1) FROM ScreeningRange r")
                .getSingleResult();
    return waiting == null ? 0 : waiting.longValue();
  }
}
