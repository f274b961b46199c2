package org.capacita.accounts.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.capacita.accounts.domain.Role;

/**
 * What an administrator gives to open an account, on the admin page or through the API. {@code
 * personId} links the account to a person of the registry; {@code language} is {@code en} or {@code
 * es} (Spanish when not given).
 */
public record NewAccount(
    @ValidUsername String username,
    @ValidPassword String password,
    @ValidEmail String email,
    @NotNull(message = "{account.roles.required}")
        @Size(min = 1, message = "{account.roles.required}")
        Set<Role> roles,
    Long personId,
    @Pattern(regexp = "en|es", message = "{account.language.invalid}") String language) {

  @Override
  public String toString() {
    return "NewAccount[username=" + username + ", roles=" + roles + "]";
  }
}
