package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.capacita.attendance.domain.RollCallSave;
import org.capacita.attendance.domain.SessionRef;
import org.capacita.scheduling.application.Actor;

/** Loads and stores the client keys of roll-call saves. */
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

  /** Stores a new save's key; returns its id, which the changes it makes name. */
  public long add(SessionRef session, String key, Actor actor, Instant now) {
    RollCallSave save = new RollCallSave(session, key, actor.accountId(), now);
    em.persist(save);
    return save.getId();
  }

  public void counted(long saveId, int changed) {
    em.find(RollCallSave.class, saveId).changed(changed);
  }
}
