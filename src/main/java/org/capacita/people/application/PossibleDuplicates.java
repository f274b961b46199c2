package org.capacita.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.capacita.people.domain.PersonMatcher;

/**
 * How many possible duplicates still await review among the people a report counts, so that the
 * report can show it as a caveat beside its total ("1,204 people trained; 12 pairs among them may
 * be one person"). A pair counts when both its records are among the people and it is pending in
 * the review queue at the queue's threshold. Callers bring the transaction.
 */
@ApplicationScoped
public class PossibleDuplicates {

  /** Ids per query: the pairs of at most this many people are read at a time. */
  static final int CHUNK = 1_000;

  @PersistenceContext private EntityManager em;

  /** What a report says beside its total. */
  public record Caveat(long pairs, long persons) {

    /** Nothing to caveat. */
    public static final Caveat NONE = new Caveat(0, 0);
  }

  /**
   * The pending pairs whose two records are both among {@code personIds}, and how many of those
   * people are in one at least. Every pending pair is read once, through the index on the pair, a
   * chunk of ids at a time, so that a report of tens of thousands of people stays cheap: the queue
   * holds a few pairs per person at most.
   */
  public Caveat among(Collection<Long> personIds) {
    Set<Long> people = new HashSet<>(personIds);
    if (people.isEmpty()) {
      return Caveat.NONE;
    }
    List<Long> ids = List.copyOf(people);
    long pairs = 0;
    Set<Long> involved = new HashSet<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Object[]> rows =
          em.createNamedQuery("DuplicateCandidate.findPendingOf", Object[].class)
              .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
              .setParameter("minScore", BigDecimal.valueOf(PersonMatcher.DEFAULT_THRESHOLD))
              .getResultList();
      for (Object[] row : rows) {
        Long other = (Long) row[1];
        if (people.contains(other)) {
          pairs++;
          involved.add((Long) row[0]);
          involved.add(other);
        }
      }
    }
    return new Caveat(pairs, involved.size());
  }
}
