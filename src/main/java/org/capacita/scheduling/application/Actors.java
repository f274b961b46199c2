package org.capacita.scheduling.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import org.capacita.accounts.application.AccountRepository;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.Role;
import org.capacita.people.application.People;
import org.capacita.people.domain.Person;
import org.capacita.shared.domain.NotFoundException;

/** Works out the {@link Actor} behind a signed-in caller. */
@ApplicationScoped
public class Actors {

  @Inject private AccountRepository accounts;
  @Inject private People people;

  public Actor of(Principal caller) {
    Account account = accounts.findByUsername(caller.getName()).orElseThrow(NotFoundException::new);
    Long personId =
        people
            .findByAccount(account.getId())
            .filter(person -> !person.isMerged())
            .map(Person::getId)
            .orElse(null);
    return new Actor(
        account.getId(), account.hasRole(Role.LEAD), account.hasRole(Role.TRAINER), personId);
  }
}
