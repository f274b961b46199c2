package org.capacita.accounts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.AccountStatus;
import org.capacita.people.application.People;
import org.capacita.people.domain.Person;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.ConflictException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.Role;

/** What administrators do with accounts: open them, change roles, disable and enable them. */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AccountAdministration {

  private static final Logger LOG = Logger.getLogger(AccountAdministration.class.getName());

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private People people;

  public Account create(@NotNull @Valid NewAccount request) {
    Person person = request.personId() == null ? null : personToLink(request.personId());
    if (accounts.usernameTaken(request.username())) {
      throw new ConflictException("username", "account.username.taken");
    }
    Locale language = Locale.forLanguageTag(request.language() == null ? "es" : request.language());
    Account account =
        accounts.add(
            new Account(
                request.username(),
                request.email(),
                hasher.hash(request.password()),
                request.roles(),
                language,
                AccountStatus.ACTIVE,
                Instant.now()));
    if (person != null) {
      person.linkAccount(account.getId());
    }
    LOG.info(() -> "Account " + account.getUsername() + " opened with roles " + request.roles());
    return account;
  }

  private Person personToLink(long personId) {
    Person person =
        people
            .find(personId)
            .orElseThrow(() -> BusinessRuleException.onField("personId", "account.person.unknown"));
    if (person.getAccountId() != null || person.isMerged()) {
      throw new ConflictException("personId", "account.person.linked");
    }
    return person;
  }

  public Account find(long id) {
    return accounts.find(id).orElseThrow(NotFoundException::new);
  }

  public List<Account> page(int first, int size) {
    return accounts.page(first, size);
  }

  public long count() {
    return accounts.count();
  }

  public void changeRoles(long id, Set<Role> roles) {
    Account account = find(id);
    if (account.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      requireAnotherAdmin();
    }
    account.assignRoles(roles);
    LOG.info(() -> "Roles of " + account.getUsername() + " set to " + roles);
  }

  public void disable(long id) {
    Account account = find(id);
    if (account.hasRole(Role.ADMIN)) {
      requireAnotherAdmin();
    }
    account.disable();
    LOG.info(() -> "Account " + account.getUsername() + " disabled");
  }

  public void enable(long id) {
    find(id).enable();
  }

  private void requireAnotherAdmin() {
    if (accounts.countActiveWithRole(Role.ADMIN) <= 1) {
      throw new BusinessRuleException("account.lastAdmin");
    }
  }
}
