package org.capacita.accounts.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.AccountStatus;
import org.capacita.accounts.domain.Role;

/** One line of the accounts table. */
public record AccountRow(
    long id,
    String username,
    String email,
    List<Role> roles,
    AccountStatus status,
    Instant lastSignInAt)
    implements Serializable {

  static AccountRow of(Account account) {
    return new AccountRow(
        account.getId(),
        account.getUsername(),
        account.getEmail(),
        List.copyOf(account.getRoles()),
        account.getStatus(),
        account.getLastSignInAt());
  }
}
