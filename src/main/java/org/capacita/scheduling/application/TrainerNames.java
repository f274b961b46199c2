package org.capacita.scheduling.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import org.capacita.people.application.People;
import org.capacita.people.domain.Person;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.security.AccountDirectory;
import org.capacita.shared.security.AccountSummary;

/** Trainers by the name they have in the registry, else by their username. */
@ApplicationScoped
public class TrainerNames {

  @Inject private AccountDirectory accounts;
  @Inject private People people;

  public String of(long accountId) {
    return people
        .findByAccount(accountId)
        .map(Person::fullName)
        .orElseGet(() -> accounts.find(accountId).map(AccountSummary::username).orElse(""));
  }

  /** The workshop's trainers, in the alphabetical order of {@code locale}. */
  public List<String> of(Workshop workshop, Locale locale) {
    return workshop.getTrainerIds().stream()
        .map(this::of)
        .filter(name -> !name.isEmpty())
        .sorted(Collator.getInstance(locale))
        .toList();
  }
}
