package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.capacita.people.application.MergedRecords;
import org.capacita.people.domain.MergeUndone;
import org.capacita.people.domain.PersonsMerged;

/**
 * Certificates follow their holder through a merge of duplicates (as the completions they were
 * issued for do), so the survivor downloads them; undoing the merge moves them back. What they
 * print does not change. Runs in the merge's transaction.
 */
@ApplicationScoped
public class CertificateMerges {

  @PersistenceContext private EntityManager em;

  private MergedRecords records() {
    return new MergedRecords(
        em,
        "certificate",
        "SELECT c.id FROM certificate c WHERE c.person_id = ?1 AND c.person_id <> ?2",
        (id, person) ->
            em.createNativeQuery("UPDATE certificate SET person_id = ?1 WHERE id = ?2")
                .setParameter(1, person)
                .setParameter(2, id)
                .executeUpdate());
  }

  void merged(@Observes PersonsMerged event) {
    records().merged(event.merge());
  }

  void undone(@Observes MergeUndone event) {
    records().undone(event.merge());
  }
}
