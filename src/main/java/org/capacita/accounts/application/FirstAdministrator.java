package org.capacita.accounts.application;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.AccountStatus;
import org.capacita.infrastructure.database.DatabaseReady;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens the first administrator account at a start with none, from {@code CAPACITA_ADMIN_USERNAME}
 * and {@code CAPACITA_ADMIN_PASSWORD}. There is never a default password.
 */
@Stateless
public class FirstAdministrator {

  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "capacita.admin.username")
  private Optional<String> username;

  @Inject
  @ConfigProperty(name = "capacita.admin.password")
  private Optional<String> password;

  public void onDatabaseReady(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 10) DatabaseReady ready) {
    if (accounts.countActiveWithRole(Role.ADMIN) > 0) {
      return;
    }
    if (username.isEmpty() || password.orElse("").length() < 10) {
      LOG.warning(
          "There is no administrator account. Set CAPACITA_ADMIN_USERNAME and"
              + " CAPACITA_ADMIN_PASSWORD (10 characters or more) and restart to create one.");
      return;
    }
    String name = username.get();
    if (accounts.usernameTaken(name)) {
      LOG.warning(() -> "CAPACITA_ADMIN_USERNAME names an existing account: " + name);
      return;
    }
    accounts.add(
        new Account(
            name,
            null,
            hasher.hash(password.get()),
            EnumSet.of(Role.ADMIN),
            Messages.ENGLISH,
            AccountStatus.ACTIVE,
            Instant.now()));
    LOG.info(() -> "First administrator account created: " + name);
  }
}
