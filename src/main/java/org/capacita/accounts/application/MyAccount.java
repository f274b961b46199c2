package org.capacita.accounts.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import org.capacita.accounts.domain.Account;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/** What every signed-in person may change about their own account. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class MyAccount {

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private CurrentCaller callers;

  public Account current() {
    return accounts.find(callers.get().accountId()).orElseThrow(NotFoundException::new);
  }

  public void preferLanguage(Locale locale) {
    current().preferLanguage(locale);
  }

  public void changePassword(String currentPassword, @ValidPassword String newPassword) {
    Account account = current();
    if (!hasher.matches(currentPassword, account.getPasswordHash())) {
      throw BusinessRuleException.onField("currentPassword", "account.password.wrong");
    }
    account.changePassword(hasher.hash(newPassword));
  }
}
