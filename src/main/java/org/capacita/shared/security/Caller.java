package org.capacita.shared.security;

import java.util.Locale;
import java.util.Set;

/**
 * The signed-in caller: their account, its roles and language, and their own person in the registry
 * ({@code null} when the account has none, or it was merged away).
 */
public record Caller(long accountId, Set<Role> roles, Locale locale, Long personId) {

  public Caller {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
