package org.capacita.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.capacita.accounts.domain.Account;

/**
 * Re-reads a signed-in caller's account, so that a disabled account or a role change counts at
 * once.
 */
@Stateless
public class Callers {

  @Inject private AccountRepository accounts;

  public Optional<SignedInCaller> refresh(long accountId) {
    return accounts.find(accountId).filter(Account::canSignIn).map(SignedInCaller::of);
  }
}
