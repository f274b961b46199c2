package org.capacita.scheduling.application;

import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.security.Caller;
import org.capacita.shared.security.Role;

/**
 * Who acts on workshops: their account, whether they lead the programme (all workshops), whether
 * they train, and their own person in the registry, if any.
 */
public record Actor(long accountId, boolean lead, boolean trainer, Long personId) {

  public static Actor of(Caller caller) {
    return new Actor(
        caller.accountId(),
        caller.hasRole(Role.LEAD),
        caller.hasRole(Role.TRAINER),
        caller.personId());
  }

  /** Leads manage every workshop; trainers only those they train. */
  public boolean manages(Workshop workshop) {
    return lead || (trainer && workshop.hasTrainer(accountId));
  }

  public boolean isPerson(long id) {
    return personId != null && personId == id;
  }
}
