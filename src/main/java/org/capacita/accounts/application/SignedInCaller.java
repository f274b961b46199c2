package org.capacita.accounts.application;

import java.io.Serializable;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.capacita.accounts.domain.Account;
import org.capacita.shared.security.Role;

/** Who is signed in, as the security layer needs it: name, id, role names, language. */
public record SignedInCaller(long accountId, String username, Set<String> groups, Locale locale)
    implements Serializable {

  public static SignedInCaller of(Account account) {
    Set<String> groups =
        account.getRoles().stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
    return new SignedInCaller(account.getId(), account.getUsername(), groups, account.getLocale());
  }
}
