package org.capacita.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.accounts.application.AccountRepository;
import org.capacita.accounts.application.PasswordHasher;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.AccountStatus;
import org.capacita.infrastructure.database.DatabaseReady;
import org.capacita.shared.security.Role;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code CAPACITA_DEMO_DATA=true}, one account per role: admin, lead, trainer and learner.
 * They are reset at every start. Their password is {@code CAPACITA_DEMO_PASSWORD}, or a new random
 * one at each start, printed in the log; no password is ever written in the code.
 */
@Stateless
public class DemoAccounts {

  private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "capacita.demo-data", defaultValue = "false")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "capacita.demo-password")
  private Optional<String> configuredPassword;

  public void onDatabaseReady(
      @Observes @Priority(Interceptor.Priority.APPLICATION) DatabaseReady ready) {
    if (!enabled) {
      return;
    }
    String password = configuredPassword.orElseGet(DemoAccounts::randomPassword);
    String hash = hasher.hash(password);
    for (DemoAccount demo : DemoAccount.values()) {
      accounts
          .findByUsername(demo.username())
          .ifPresentOrElse(
              account -> demo.reset(account, hash), () -> accounts.add(demo.toAccount(hash)));
    }
    LOG.warning(
        () ->
            "Demo data is on. Demo accounts admin, lead, trainer and learner"
                + (configuredPassword.isEmpty()
                    ? " have the password " + password + " for this run"
                    : " use CAPACITA_DEMO_PASSWORD"));
  }

  private static String randomPassword() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private enum DemoAccount {
    ADMIN("admin", Role.ADMIN, "es"),
    LEAD("lead", Role.LEAD, "es"),
    TRAINER("trainer", Role.TRAINER, "es"),
    LEARNER("learner", Role.LEARNER, "es");

    private final String username;
    private final Role role;
    private final String language;

    DemoAccount(String username, Role role, String language) {
      this.username = username;
      this.role = role;
      this.language = language;
    }

    String username() {
      return username;
    }

    /** Puts a demo account back as the demo describes it, whatever was changed last time. */
    void reset(Account account, String hash) {
      account.changePassword(hash);
      account.assignRoles(EnumSet.of(role));
      account.preferLanguage(Locale.forLanguageTag(language));
      account.enable();
    }

    Account toAccount(String hash) {
      return new Account(
          username,
          username + "@demo.capacita.local",
          hash,
          EnumSet.of(role),
          Locale.forLanguageTag(language),
          AccountStatus.ACTIVE,
          Instant.now());
    }
  }
}
