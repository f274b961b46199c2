package org.capacita.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.capacita.catalog.domain.Module;
import org.capacita.learning.domain.ModuleEnrolment;
import org.capacita.learning.domain.TestAttempt;
import org.capacita.learning.domain.TestKind;

/** Loads and stores enrolments, lesson progress and attempts. Callers bring the transaction. */
@ApplicationScoped
public class Enrolments {

  @PersistenceContext private EntityManager em;

  public Optional<ModuleEnrolment> find(long personId, Module module) {
    return em.createNamedQuery("ModuleEnrolment.findOne", ModuleEnrolment.class)
        .setParameter("personId", personId)
        .setParameter("module", module)
        .getResultStream()
        .findFirst();
  }

  /** The enrolment, locked for this transaction, so that one learner's steps never interleave. */
  public Optional<ModuleEnrolment> findForUpdate(long personId, Module module) {
    return find(personId, module)
        .map(e -> em.find(ModuleEnrolment.class, e.getId(), LockModeType.PESSIMISTIC_WRITE));
  }

  public List<ModuleEnrolment> ofPerson(long personId) {
    return em.createNamedQuery("ModuleEnrolment.findByPerson", ModuleEnrolment.class)
        .setParameter("personId", personId)
        .getResultList();
  }

  public Optional<TestAttempt> attempt(long id) {
    return Optional.ofNullable(em.find(TestAttempt.class, id));
  }

  public List<TestAttempt> attempts(ModuleEnrolment enrolment, TestKind kind) {
    return em.createNamedQuery("TestAttempt.findByEnrolment", TestAttempt.class)
        .setParameter("enrolment", enrolment)
        .setParameter("kind", kind)
        .getResultList();
  }

  public <T> T add(T entity) {
    em.persist(entity);
    return entity;
  }

  public void lock(ModuleEnrolment enrolment) {
    em.lock(enrolment, LockModeType.PESSIMISTIC_WRITE);
  }
}
