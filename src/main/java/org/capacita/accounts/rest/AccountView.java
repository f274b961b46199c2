package org.capacita.accounts.rest;

import java.util.List;
import org.capacita.accounts.domain.Account;
import org.capacita.shared.security.Role;

/** An account as the API shows it: never its password hash. */
public record AccountView(
    long id, String username, String email, List<String> roles, String language, String status) {

  static AccountView of(Account account) {
    return new AccountView(
        account.getId(),
        account.getUsername(),
        account.getEmail(),
        account.getRoles().stream().map(Role::name).sorted().toList(),
        account.getLocale().getLanguage(),
        account.getStatus().name());
  }
}
