package org.capacita.certificates.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.capacita.certificates.application.CertificateMaker.Made;
import org.capacita.certificates.domain.CertificatePdf;
import org.capacita.certificates.domain.Wording;
import org.capacita.completion.domain.Completion;

/**
 * The database side of issuing many certificates at once ({@link BulkIssue}), a batch of
 * completions at a time, each step in a transaction of its own: the drafts of those still without a
 * certificate are read first; once their pages are made (outside any transaction), they are stored
 * together, after the batch's completion rows are locked and checked again, so that a single
 * request that issued one meanwhile wins and nothing is issued twice.
 */
@Stateless
public class IssueBatches {

  private static final Logger LOG = Logger.getLogger(IssueBatches.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private CertificateSettings settings;
  @Inject private Templates templates;

  /** The drafts of those of the completions that have no certificate and name their holder. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<Draft> drafts(List<Long> completionIds) {
    Set<Long> issued = certified(completionIds);
    Map<String, Wording> wordings = new HashMap<>();
    List<Draft> drafts = new ArrayList<>();
    for (Completion completion : completions(completionIds, LockModeType.NONE)) {
      if (issued.contains(completion.getId())) {
        continue;
      }
      if (completion.getParticipant() == null
          || completion.getParticipant().getHolderName() == null) {
        LOG.warning(() -> "Completion " + completion.getId() + " names no holder: no certificate");
        continue;
      }
      Wording wording = wordings.computeIfAbsent(completion.getModuleCode(), templates::of);
      drafts.add(Draft.first(completion, settings, wording));
    }
    return drafts;
  }

  /**
   * Stores the certificates made whose completion still exists and still has none (its row locked
   * first); returns how many it stored.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int store(List<Made> made) {
    if (made.isEmpty()) {
      return 0;
    }
    List<Long> ids = made.stream().map(m -> m.certificate().getCompletionId()).toList();
    Set<Long> present = new HashSet<>();
    completions(ids, LockModeType.PESSIMISTIC_WRITE).forEach(c -> present.add(c.getId()));
    present.removeAll(certified(ids));
    List<Made> stored =
        made.stream().filter(m -> present.contains(m.certificate().getCompletionId())).toList();
    stored.forEach(m -> em.persist(m.certificate()));
    em.flush();
    stored.forEach(m -> em.persist(new CertificatePdf(m.certificate().getId(), m.pdf())));
    em.flush();
    return stored.size();
  }

  private List<Completion> completions(List<Long> ids, LockModeType lock) {
    return em.createQuery(
            "SELECT c FROM Completion c WHERE c.id IN :ids ORDER BY c.id", Completion.class)
        .setParameter("ids", ids)
        .setLockMode(lock)
        .getResultList();
  }

  /** Those of the completions that have a certificate. */
  private Set<Long> certified(List<Long> completionIds) {
    return new HashSet<>(
        em.createQuery(
                "SELECT DISTINCT c.completionId FROM Certificate c"
                    + " WHERE c.completionId IN :ids",
                Long.class)
            .setParameter("ids", completionIds)
            .getResultList());
  }
}
