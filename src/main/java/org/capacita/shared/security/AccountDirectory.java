package org.capacita.shared.security;

import java.util.List;
import java.util.Optional;

/**
 * Accounts for the features that may not import the accounts feature (it sits beside or above
 * them). The accounts feature implements it; this is the only implementation.
 */
public interface AccountDirectory {

  Optional<AccountSummary> find(long id);

  /** Accounts that hold {@code role} and may sign in, by username. */
  List<AccountSummary> activeWithRole(Role role);

  /** The caller signed in under {@code username}, with their own person if they have one. */
  Optional<Caller> caller(String username);
}
