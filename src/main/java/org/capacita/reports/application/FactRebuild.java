package org.capacita.reports.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.capacita.shared.security.Role;

/**
 * Fills {@code training_fact} afresh from the completions, in one transaction, for an admin who
 * doubts it (after a restore, or a fix of the copy rules): reports read the old rows until it
 * commits.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class FactRebuild {

  private static final Logger LOG = Logger.getLogger(FactRebuild.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private TrainingFacts facts;

  /** Rebuilds the table; returns how many facts it holds now. */
  @SuppressWarnings("unchecked")
  public long rebuild() {
    Instant started = Instant.now();
    em.flush();
    em.createNativeQuery(FactRebuildSql.DELETE_ALL_TRAINERS).executeUpdate();
    em.createNativeQuery(FactRebuildSql.DELETE_ALL).executeUpdate();
    int facts = em.createNativeQuery(FactRebuildSql.INSERT_ALL).executeUpdate();
    List<Object[]> trainers = em.createNativeQuery(FactRebuildSql.TRAINERS).getResultList();
    this.facts.insertTrainers(trainers);
    this.facts.offeredHours(null, null);
    this.facts.keys(null, null);
    em.createNativeQuery(FactRebuildSql.FIRST_ON_ALL).executeUpdate();
    LOG.info(
        () ->
            "Training facts rebuilt: "
                + facts
                + " in "
                + java.time.Duration.between(started, Instant.now()).toMillis()
                + " ms");
    return facts;
  }
}
