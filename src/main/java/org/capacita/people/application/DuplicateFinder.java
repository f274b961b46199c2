package org.capacita.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Set;
import org.capacita.people.domain.DuplicateCandidate;
import org.capacita.people.domain.MatchScore;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonMatcher;

/**
 * Looks for records that may be the same person as a new or corrected one, among those that sound
 * alike in their first family name (either way round) or share the e-mail address, and queues the
 * likely ones for review.
 */
@ApplicationScoped
public class DuplicateFinder {

  private static final int MAX_SUSPECTS = 500;

  private final PersonMatcher matcher = new PersonMatcher();

  @PersistenceContext private EntityManager em;

  /** Queues every likely duplicate of {@code person}; returns how many new pairs were queued. */
  public int queueDuplicatesOf(Person person) {
    int queued = 0;
    for (Person suspect :
        em.createNamedQuery("Person.findDuplicateSuspects", Person.class)
            .setParameter("person", person)
            .setParameter("keys", Set.of(person.getFamilyKey(), person.givenKey()))
            .setParameter("email", person.getEmail())
            .setMaxResults(MAX_SUSPECTS)
            .getResultList()) {
      MatchScore match = matcher.score(person.facts(), suspect.facts());
      if (match.score() >= PersonMatcher.DEFAULT_THRESHOLD && !queued(person, suspect)) {
        em.persist(new DuplicateCandidate(person, suspect, match.score(), Instant.now()));
        queued++;
      }
    }
    return queued;
  }

  private boolean queued(Person one, Person other) {
    Person a = DuplicateCandidate.first(one, other);
    Person b = a == one ? other : one;
    return !em.createNamedQuery("DuplicateCandidate.findPair", DuplicateCandidate.class)
        .setParameter("a", a)
        .setParameter("b", b)
        .getResultList()
        .isEmpty();
  }
}
