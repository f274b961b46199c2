package org.capacita.shared.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import org.capacita.shared.domain.NotFoundException;

/**
 * The one way to learn who calls, for pages, the API and services alike: the account signed in on
 * this request, read afresh from the database each time (a role change counts at once).
 */
@ApplicationScoped
public class CurrentCaller {

  @Inject private SecurityContext security;
  @Inject private AccountDirectory accounts;

  /** The caller, or empty for an anonymous request (or an account deleted meanwhile). */
  public Optional<Caller> find() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? Optional.empty() : accounts.caller(principal.getName());
  }

  /** The caller; "not found" when there is none, which protected code never sees. */
  public Caller get() {
    return find().orElseThrow(NotFoundException::new);
  }
}
