package org.capacita.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.capacita.accounts.domain.Account;
import org.capacita.people.application.People;
import org.capacita.people.domain.Person;
import org.capacita.shared.security.AccountDirectory;
import org.capacita.shared.security.AccountSummary;
import org.capacita.shared.security.Caller;
import org.capacita.shared.security.Role;

/**
 * Accounts as the rest of the application asks for them: the signed-in caller (with their own
 * person), trainers for scheduling, and the session's caller re-read so that a disabled account or
 * a role change counts at once.
 */
@ApplicationScoped
public class Callers implements AccountDirectory {

  @Inject private AccountRepository accounts;
  @Inject private People people;

  public Optional<SignedInCaller> refresh(long accountId) {
    return accounts.find(accountId).filter(Account::canSignIn).map(SignedInCaller::of);
  }

  @Override
  public Optional<AccountSummary> find(long id) {
    return accounts.find(id).map(Callers::summary);
  }

  @Override
  public List<AccountSummary> activeWithRole(Role role) {
    return accounts.activeWithRole(role).stream().map(Callers::summary).toList();
  }

  @Override
  public Optional<Caller> caller(String username) {
    return accounts
        .findByUsername(username)
        .map(
            account ->
                new Caller(
                    account.getId(),
                    account.getRoles(),
                    account.getLocale(),
                    people
                        .findByAccount(account.getId())
                        .filter(person -> !person.isMerged())
                        .map(Person::getId)
                        .orElse(null)));
  }

  private static AccountSummary summary(Account account) {
    return new AccountSummary(
        account.getId(),
        account.getUsername(),
        account.getRoles(),
        account.canSignIn(),
        account.getLocale());
  }
}
