package org.capacita.accounts.application;

import java.util.Set;
import org.capacita.shared.security.Role;
import org.capacita.shared.validation.LanguageCode;

/**
 * What an administrator gives to open an account, on the admin page or through the API. {@code
 * personId} links the account to a person of the registry; {@code language} is {@code en} or {@code
 * es} (Spanish when not given).
 */
public record NewAccount(
    @ValidUsername String username,
    @ValidPassword String password,
    @ValidEmail String email,
    @ValidRoles Set<Role> roles,
    Long personId,
    @LanguageCode String language) {

  @Override
  public String toString() {
    return "NewAccount[username=" + username + ", roles=" + roles + "]";
  }
}
