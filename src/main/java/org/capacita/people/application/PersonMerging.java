package org.capacita.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.capacita.people.domain.DuplicateCandidate;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonMerge;
import org.capacita.people.domain.PersonsMerged;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;

/**
 * How two records of one person become one: the merge is recorded, the duplicate's account (when
 * the survivor has none) and, through {@link PersonsMerged}, its enrolments, marks and completions
 * move to the survivor, and a queued pair of the two is decided. {@link DuplicateReview} merges for
 * a lead; the demo data merges its own duplicates. Callers bring the transaction and decide who may
 * merge.
 */
@ApplicationScoped
public class PersonMerging {

  private static final Logger LOG = Logger.getLogger(PersonMerging.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private Event<PersonsMerged> merged;

  /** Merges {@code duplicateId} into {@code survivorId}, decided by {@code by} (a username). */
  public PersonMerge merge(long survivorId, long duplicateId, String by) {
    Person survivor = people.find(survivorId).orElseThrow(NotFoundException::new);
    Person duplicate = people.find(duplicateId).orElseThrow(NotFoundException::new);
    if (survivor.equals(duplicate) || survivor.isMerged() || duplicate.isMerged()) {
      throw BusinessRuleException.onField("duplicateId", "people.merge.invalid");
    }
    Instant now = Instant.now();
    PersonMerge merge = new PersonMerge(survivor, duplicate, by, now);
    em.persist(merge);
    moveAccount(duplicate, survivor, merge);
    duplicate.mergeInto(survivor);
    Person a = DuplicateCandidate.first(survivor, duplicate);
    em.createNamedQuery("DuplicateCandidate.findPair", DuplicateCandidate.class)
        .setParameter("a", a)
        .setParameter("b", a == survivor ? duplicate : survivor)
        .getResultStream()
        .findFirst()
        .ifPresent(c -> c.decide(DuplicateCandidate.Status.MERGED, by, now));
    merged.fire(new PersonsMerged(merge));
    LOG.info(() -> by + " merged person " + duplicateId + " into " + survivorId);
    return merge;
  }

  private void moveAccount(Person duplicate, Person survivor, PersonMerge merge) {
    Long account = duplicate.getAccountId();
    if (account != null && survivor.getAccountId() == null) {
      duplicate.unlinkAccount();
      em.flush();
      survivor.linkAccount(account);
      merge.moved("account", account);
    }
  }
}
