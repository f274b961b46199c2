package org.capacita.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.capacita.people.domain.DuplicateCandidate;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonFacts;
import org.capacita.people.domain.PersonMatcher;

/**
 * Looks for records that may be the same person as a new or corrected one and queues the likeliest
 * for review. Persons are compared only with a bounded number of others, found through indexed
 * keys: those whose first family name sounds alike and whose first given name sorts nearest (sorted
 * neighbourhood), those whose given names sound alike and whose family names sort nearest (a typo
 * in the first family name), those with given and family names the other way round, and those with
 * the same e-mail address. In a small family block that is everyone in it; in a large one (a common
 * surname, a class list of namesakes) the work per person stays the same however large the block
 * grows, and only the best few candidates of each person are queued, so that 1,000 people sharing
 * their family names give a few candidates each rather than a pair for every two of them.
 */
@ApplicationScoped
public class DuplicateFinder {

  /** Records compared on each side of a person's given name within their family-name block. */
  static final int NEIGHBOURS = 50;

  /** Records compared among those with the names swapped, and among those with the e-mail. */
  static final int OTHERS = 20;

  /** Candidates queued at most for one person: the best scores at or above the threshold. */
  static final int BEST = 5;

  private final PersonMatcher matcher = new PersonMatcher();

  @PersistenceContext private EntityManager em;

  /** Queues the likeliest duplicates of {@code person}; returns how many new pairs were queued. */
  public int queueDuplicatesOf(Person person) {
    PersonFacts facts = person.facts();
    List<Scored> best =
        suspectsOf(person).values().stream()
            .map(suspect -> new Scored(suspect, matcher.score(facts, suspect.facts()).score()))
            .filter(scored -> scored.score() >= PersonMatcher.DEFAULT_THRESHOLD)
            .sorted(Comparator.comparingDouble(Scored::score).reversed())
            .limit(BEST)
            .toList();
    int queued = 0;
    for (Scored scored : best) {
      if (!queued(person, scored.suspect())) {
        em.persist(new DuplicateCandidate(person, scored.suspect(), scored.score(), Instant.now()));
        queued++;
      }
    }
    return queued;
  }

  private Map<Long, Person> suspectsOf(Person person) {
    Map<Long, Person> suspects = new LinkedHashMap<>();
    String familyKey = person.getFamilyKey();
    String givenKey = person.getGivenKey();
    add(suspects, block("Person.findBlockFrom", person, familyKey, givenKey, NEIGHBOURS));
    add(suspects, block("Person.findBlockBefore", person, familyKey, givenKey, NEIGHBOURS));
    // the same given names, the family keys sorting nearest: a typo in the first family name
    // ("Péerz", "Gonzále") moves a record to another family block but not out of this one
    add(suspects, block("Person.findGivenBlockFrom", person, familyKey, givenKey, OTHERS));
    add(suspects, block("Person.findGivenBlockBefore", person, familyKey, givenKey, OTHERS));
    String swapped = Person.blockKey(person.getGivenNames());
    add(suspects, block("Person.findBlockFrom", person, swapped, familyKey, OTHERS));
    if (person.getEmail() != null) {
      add(
          suspects,
          em.createNamedQuery("Person.findOthersByEmail", Person.class)
              .setParameter("email", person.getEmail())
              .setParameter("person", person)
              .setMaxResults(OTHERS)
              .getResultList());
    }
    return suspects;
  }

  /** Up to {@code size} persons of a family-name block from (or before) a given-name key. */
  private List<Person> block(
      String query, Person person, String familyKey, String givenKey, int size) {
    return em.createNamedQuery(query, Person.class)
        .setParameter("familyKey", familyKey)
        .setParameter("givenKey", givenKey)
        .setParameter("person", person)
        .setMaxResults(size)
        .getResultList();
  }

  private static void add(Map<Long, Person> suspects, List<Person> found) {
    for (Person suspect : found) {
      suspects.putIfAbsent(suspect.getId(), suspect);
    }
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

  private record Scored(Person suspect, double score) {}
}
