package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.capacita.attendance.domain.RollCallSave;
import org.capacita.attendance.domain.SessionRef;

/** Finds the client keys of roll-call saves ({@link Marks#store} stores them). */
@ApplicationScoped
public class RollCallSaves {

  @PersistenceContext private EntityManager em;

  public Optional<RollCallSave> find(SessionRef session, String key) {
    return em.createNamedQuery("RollCallSave.findByKey", RollCallSave.class)
        .setParameter("workshop", session.workshopId())
        .setParameter("session", session.sessionNumber())
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }
}
