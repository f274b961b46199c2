package org.capacita.attendance.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.capacita.attendance.domain.CheckInSecret;

/** Inserts a session's secret in a transaction of its own (see {@link CheckInSecrets}). */
@Stateless
public class CheckInSecretMaker {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void make(long workshopId, int sessionNumber) {
    em.persist(new CheckInSecret(workshopId, sessionNumber, Instant.now()));
    em.flush();
  }
}
