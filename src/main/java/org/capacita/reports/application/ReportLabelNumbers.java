package org.capacita.reports.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;

/**
 * Numbers new values in {@code report_label} in a short transaction of its own (see {@link
 * TrainingFacts#keys}): it locks the row V27 keeps for it (number 0) so that two never hand out the
 * same number or number the same value twice, and commits at once, so the lock is not held while
 * the caller's transaction (a closure, a merge, the demo programme) goes on. A number whose caller
 * then rolls back stays, unused.
 */
@Stateless
public class ReportLabelNumbers {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void number(Collection<String> values) {
    em.createNativeQuery(FactRebuildSql.LOCK_LABELS).getResultList();
    long last =
        ((Number) em.createNativeQuery("SELECT MAX(id) FROM report_label").getSingleResult())
            .longValue();
    for (String value : values) {
      Number known =
          (Number)
              em.createNativeQuery("SELECT COUNT(*) FROM report_label WHERE label = ?1")
                  .setParameter(1, value)
                  .getSingleResult();
      if (known.longValue() == 0) {
        em.createNativeQuery("INSERT INTO report_label (id, label) VALUES (?1, ?2)")
            .setParameter(1, ++last)
            .setParameter(2, value)
            .executeUpdate();
      }
    }
  }
}
