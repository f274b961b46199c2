package org.capacita.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.capacita.accounts.domain.Account;
import org.capacita.shared.security.Role;

/** Loads and stores accounts. Callers bring the transaction. */
@ApplicationScoped
public class AccountRepository {

  @PersistenceContext private EntityManager em;

  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery("Account.findByUsername", Account.class)
        .setParameter("username", Account.normalizeUsername(username))
        .getResultStream()
        .findFirst();
  }

  public List<Account> findByEmail(String email) {
    return em.createNamedQuery("Account.findByEmail", Account.class)
        .setParameter("email", Account.normalizeEmail(email))
        .getResultList();
  }

  public boolean usernameTaken(String username) {
    return findByUsername(username).isPresent();
  }

  /** Accounts that hold {@code role} and may sign in. */
  public long countActiveWithRole(Role role) {
    return em.createNamedQuery("Account.countActiveByRole", Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  /** Accounts that hold {@code role} and may sign in, by username. */
  public List<Account> activeWithRole(Role role) {
    return em.createNamedQuery("Account.findActiveByRole", Account.class)
        .setParameter("role", role)
        .getResultList();
  }

  public List<Account> page(int first, int size) {
    return em.createNamedQuery("Account.findAll", Account.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  public long count() {
    return em.createNamedQuery("Account.countAll", Long.class).getSingleResult();
  }

  /**
   * Notes when the account last signed in, without its version: the same person signing in twice at
   * once (a phone and a laptop, an integration's parallel requests) must not make one of them fail
   * on an optimistic lock.
   */
  public void recordSignIn(long id, Instant at) {
    em.createNamedQuery("Account.recordSignIn")
        .setParameter("at", at)
        .setParameter("id", id)
        .executeUpdate();
  }

  public <T> T add(T entity) {
    em.persist(entity);
    return entity;
  }
}
