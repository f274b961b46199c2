package org.capacita.accounts.web.admin;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.AccountStatus;
import org.capacita.shared.security.Role;

/** One line of the accounts table (a class, not a record: Jakarta EL 5 reads getters only). */
public final class AccountRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String username;
  private final String email;
  private final List<Role> roles;
  private final AccountStatus status;
  private final Instant lastSignInAt;

  private AccountRow(Account account) {
    this.id = account.getId();
    this.username = account.getUsername();
    this.email = account.getEmail();
    this.roles = List.copyOf(account.getRoles());
    this.status = account.getStatus();
    this.lastSignInAt = account.getLastSignInAt();
  }

  static AccountRow of(Account account) {
    return new AccountRow(account);
  }

  public long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  public String getEmail() {
    return email;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public AccountStatus getStatus() {
    return status;
  }

  public Instant getLastSignInAt() {
    return lastSignInAt;
  }
}
