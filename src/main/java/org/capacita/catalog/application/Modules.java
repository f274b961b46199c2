package org.capacita.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.capacita.catalog.domain.Module;

/** Loads and stores module rows. Callers bring the transaction. */
@ApplicationScoped
public class Modules {

  @PersistenceContext private EntityManager em;

  public Optional<Module> findByCode(String code) {
    return em.createNamedQuery("Module.findByCode", Module.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public List<Module> all() {
    return em.createNamedQuery("Module.findAll", Module.class).getResultList();
  }

  public Module add(Module module) {
    em.persist(module);
    return module;
  }
}
