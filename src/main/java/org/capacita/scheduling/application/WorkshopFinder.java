package org.capacita.scheduling.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.AccountDirectory;
import org.capacita.shared.security.AccountSummary;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/** Workshops as any signed-in account may see them. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class WorkshopFinder {

  @Inject private Workshops workshops;
  @Inject private CurrentCaller callers;
  @Inject private AccountDirectory accounts;
  @Inject private TrainerNames trainerNames;

  public Workshop get(long id) {
    return workshops.find(id).orElseThrow(NotFoundException::new);
  }

  public List<Workshop> search(WorkshopFilter filter, int first, int size) {
    if (filter.isEmptyPeriod()) {
      return List.of();
    }
    return workshops.search(filter, first, size, seesDrafts());
  }

  public long count(WorkshopFilter filter) {
    return filter.isEmptyPeriod() ? 0 : workshops.count(filter, seesDrafts());
  }

  /** Drafts are for those who schedule: leads and trainers. */
  private boolean seesDrafts() {
    Actor actor = caller();
    return actor.lead() || actor.trainer();
  }

  /** Who is asking: whether they manage a workshop, and their own person. */
  public Actor caller() {
    return Actor.of(callers.get());
  }

  /** The names of the workshop's trainers, in alphabetical order. */
  public List<String> trainerNames(Workshop workshop, Locale locale) {
    return trainerNames.of(workshop, locale);
  }

  /** The caller's own account, for "my workshops". */
  public long callerAccountId() {
    return callers.get().accountId();
  }

  /** Trainer accounts that may sign in, by username: what a list may be narrowed to. */
  @RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME})
  public List<AccountSummary> trainers() {
    return accounts.activeWithRole(Role.TRAINER);
  }
}
