package org.capacita.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.capacita.accounts.application.AccountAdministration;
import org.capacita.accounts.application.AccountRepository;
import org.capacita.accounts.application.ApiTokens;
import org.capacita.accounts.application.NewAccount;
import org.capacita.accounts.application.PasswordHasher;
import org.capacita.accounts.application.Registration;
import org.capacita.accounts.application.SignIn;
import org.capacita.accounts.application.SignInResult;
import org.capacita.accounts.application.SignUp;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.AccountStatus;
import org.capacita.people.application.PersonInput;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.security.Role;
import org.capacita.support.RunningApplication;
import org.junit.jupiter.api.Test;

/** Accounts inside the running server, against the configured database (H2 or MariaDB). */
class AccountsIT extends RunningApplication {

  private static final String ADDRESS = "192.0.2.10";

  @Inject private PasswordHasher hasher;
  @Inject private AccountRepository accounts;
  @Inject private SignIn signIn;
  @Inject private Registration registration;
  @Inject private AccountAdministration administration;
  @Inject private ApiTokens tokens;
  @Inject private UserTransaction transaction;

  @PersistenceContext private EntityManager em;

  @Test
  void shouldHashPasswordsWithPbkdf2AtLeast210000Iterations() {
    String hash = hasher.hash("correct horse battery");

    assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:210000:"), hash);
    assertTrue(hasher.matches("correct horse battery", hash));
    assertFalse(hasher.matches("correct horse batterY", hash));
  }

  @Test
  void shouldStoreTheIterationCountWithTheAccount() throws Exception {
    Account account = newAccount("hash", AccountStatus.ACTIVE);

    String stored =
        (String)
            em.createNativeQuery("SELECT password_hash FROM account WHERE id = ?")
                .setParameter(1, account.getId())
                .getSingleResult();

    assertTrue(stored.matches("PBKDF2WithHmacSHA256:210000:[^:]+:[^:]+"), stored);
  }

  /**
   * The same instant comes back, whatever the zones of the JVM and the database server. Connector/J
   * takes MariaDB 10.x for a server without fractional seconds (it announces itself as
   * "5.5.5-10.x"), so the comparison is to the second.
   */
  @Test
  void shouldKeepInstantsThroughTheDatabaseInAnyZone() throws Exception {
    Account account = newAccount("instant", AccountStatus.ACTIVE);
    em.clear();

    Account reloaded = accounts.find(account.getId()).orElseThrow();

    assertEquals(
        account.getCreatedAt().truncatedTo(ChronoUnit.SECONDS),
        reloaded.getCreatedAt().truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void shouldSignInWithTheRightPasswordOnly() throws Exception {
    Account account = newAccount("signin", AccountStatus.ACTIVE);

    SignInResult wrong = signIn.check(account.getUsername(), "not the password", ADDRESS);
    SignInResult right = signIn.check(account.getUsername(), "a long enough password", ADDRESS);

    assertEquals(SignInResult.Outcome.INVALID_CREDENTIALS, wrong.outcome());
    assertEquals(SignInResult.Outcome.SIGNED_IN, right.outcome());
    assertEquals(Set.of("TRAINER"), right.caller().groups());
  }

  @Test
  void shouldThrottleAUsernameAfterFiveFailuresInARow() throws Exception {
    Account account = newAccount("throttle", AccountStatus.ACTIVE);
    for (int i = 0; i < 5; i++) {
      signIn.check(account.getUsername(), "wrong password " + i, ADDRESS);
    }

    SignInResult afterLock = signIn.check(account.getUsername(), "a long enough password", ADDRESS);

    assertEquals(SignInResult.Outcome.THROTTLED, afterLock.outcome());
    assertTrue(afterLock.retryAfterSeconds() > 0 && afterLock.retryAfterSeconds() <= 30);
  }

  @Test
  void shouldRefuseSignInUntilTheAddressIsConfirmed() {
    String username = unique("pending");
    registration.register(
        new SignUp(username, username + "@example.org", "a long enough password", "es"),
        new PersonInput(
            "Ana", "Soto", "F", null, null, null, "CESFAM Norte", "health", null, "Arica", "CL"),
        "http://localhost");

    SignInResult result = signIn.check(username, "a long enough password", ADDRESS);

    assertEquals(SignInResult.Outcome.NOT_CONFIRMED, result.outcome());
    assertEquals(
        Locale.forLanguageTag("es"), accounts.findByUsername(username).orElseThrow().getLocale());
  }

  @Test
  void shouldRejectAnUnknownOrReusedLink() {
    assertThrows(BusinessRuleException.class, () -> registration.confirm("no-such-token"));
    assertThrows(
        BusinessRuleException.class,
        () -> registration.resetPassword("no-such-token", "a long enough password"));
  }

  @Test
  void shouldDenyAccountAdministrationWithoutTheAdminRole() {
    NewAccount request =
        new NewAccount(
            unique("denied"),
            "a long enough password",
            "x@example.org",
            EnumSet.of(Role.ADMIN),
            null,
            "en");

    assertThrows(EJBAccessException.class, () -> administration.create(request));
    assertThrows(EJBAccessException.class, () -> administration.page(0, 10));
  }

  @Test
  void shouldIssueTokensThatStopWorkingWhenTheAccountIsDisabled() throws Exception {
    Account account = newAccount("token", AccountStatus.ACTIVE);
    SignInResult signedIn = signIn.check(account.getUsername(), "a long enough password", ADDRESS);
    String token = tokens.issue(signedIn.caller()).token();
    assertTrue(tokens.authenticate(token).isPresent());

    transaction.begin();
    accounts.find(account.getId()).orElseThrow().disable();
    transaction.commit();

    assertFalse(tokens.authenticate(token).isPresent());
    assertFalse(tokens.authenticate(token + "x").isPresent());
  }

  private Account newAccount(String prefix, AccountStatus status) throws Exception {
    String username = unique(prefix);
    transaction.begin();
    Account account =
        accounts.add(
            new Account(
                username,
                username + "@example.org",
                hasher.hash("a long enough password"),
                EnumSet.of(Role.TRAINER),
                Locale.ENGLISH,
                status,
                Instant.now()));
    transaction.commit();
    return account;
  }

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
