package org.capacita.shared.security;

import java.util.Locale;
import java.util.Set;

/** An account as other features see it: who, what they may do, whether they may sign in. */
public record AccountSummary(
    long id, String username, Set<Role> roles, boolean active, Locale locale) {

  public AccountSummary {
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }
}
