package org.capacita.people.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.people.domain.DuplicateCandidate;
import org.capacita.people.domain.MergeUndone;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonMerge;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.Role;

/**
 * The review queue of likely duplicates: a programme lead merges a pair (the duplicate's records
 * move to the survivor), dismisses it, or undoes an earlier merge. Every merge is recorded.
 */
@Stateless
@RolesAllowed(Role.LEAD_NAME)
public class DuplicateReview {

  private static final Logger LOG = Logger.getLogger(DuplicateReview.class.getName());

  @Resource private SessionContext context;
  @PersistenceContext private EntityManager em;
  @Inject private PersonMerging merging;
  @Inject private Event<MergeUndone> undone;

  public List<DuplicateCandidate> pending(double minScore, int first, int size) {
    return em.createNamedQuery("DuplicateCandidate.findPending", DuplicateCandidate.class)
        .setParameter("minScore", BigDecimal.valueOf(minScore))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countPending(double minScore) {
    return em.createNamedQuery("DuplicateCandidate.countPending", Long.class)
        .setParameter("minScore", BigDecimal.valueOf(minScore))
        .getSingleResult();
  }

  /** The pending pairs one of whose records is {@code personId}, best first. */
  public List<DuplicateCandidate> pendingOf(long personId, double minScore, int first, int size) {
    return em.createNamedQuery("DuplicateCandidate.findPendingOfPerson", DuplicateCandidate.class)
        .setParameter("minScore", BigDecimal.valueOf(minScore))
        .setParameter("person", personId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long countPendingOf(long personId, double minScore) {
    return em.createNamedQuery("DuplicateCandidate.countPendingOfPerson", Long.class)
        .setParameter("minScore", BigDecimal.valueOf(minScore))
        .setParameter("person", personId)
        .getSingleResult();
  }

  /** Merges {@code duplicateId} into {@code survivorId}; returns the survivor. */
  public PersonMerge merge(long survivorId, long duplicateId) {
    return merging.merge(survivorId, duplicateId, caller());
  }

  public void dismiss(long candidateId) {
    DuplicateCandidate candidate =
        Optional.ofNullable(em.find(DuplicateCandidate.class, candidateId))
            .orElseThrow(NotFoundException::new);
    candidate.decide(DuplicateCandidate.Status.DISMISSED, caller(), Instant.now());
  }

  /** Takes a merge back: the duplicate is a person of its own again, with its records. */
  public void undo(long mergeId) {
    PersonMerge merge =
        Optional.ofNullable(em.find(PersonMerge.class, mergeId))
            .orElseThrow(NotFoundException::new);
    if (merge.isUndone()) {
      throw new BusinessRuleException("people.merge.undone");
    }
    undone.fire(new MergeUndone(merge));
    for (String moved : merge.movedRecords()) {
      if (moved.startsWith("account:")) {
        merge.getSurvivor().unlinkAccount();
        em.flush();
        merge.getDuplicate().linkAccount(Long.parseLong(moved.substring(8)));
      }
    }
    merge.getDuplicate().unmerge();
    merge.undo(caller(), Instant.now());
    pair(merge.getSurvivor(), merge.getDuplicate()).ifPresent(DuplicateCandidate::reopen);
    LOG.info(() -> caller() + " undid merge " + mergeId);
  }

  public List<PersonMerge> recentMerges(int first, int size) {
    return em.createNamedQuery("PersonMerge.findRecent", PersonMerge.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  /** How many merges were made (undone ones included). */
  public long countMerges() {
    return em.createNamedQuery("PersonMerge.count", Long.class).getSingleResult();
  }

  /** How many merges kept or absorbed {@code personId}. */
  public long countMergesOf(long personId) {
    return em.createNamedQuery("PersonMerge.countOfPerson", Long.class)
        .setParameter("person", personId)
        .getSingleResult();
  }

  /** The merges that kept or absorbed {@code personId}, newest first. */
  public List<PersonMerge> mergesOf(long personId, int first, int size) {
    return em.createNamedQuery("PersonMerge.findRecentOfPerson", PersonMerge.class)
        .setParameter("person", personId)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  private Optional<DuplicateCandidate> pair(Person one, Person other) {
    Person a = DuplicateCandidate.first(one, other);
    return em.createNamedQuery("DuplicateCandidate.findPair", DuplicateCandidate.class)
        .setParameter("a", a)
        .setParameter("b", a == one ? other : one)
        .getResultStream()
        .findFirst();
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }
}
