package org.capacita.accounts.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.AccountStatus;
import org.capacita.accounts.domain.AccountToken;
import org.capacita.accounts.domain.AccountTokenPurpose;
import org.capacita.people.application.People;
import org.capacita.people.application.PersonInput;
import org.capacita.people.application.Registry;
import org.capacita.people.domain.Person;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.ConflictException;
import org.capacita.shared.security.Role;
import org.capacita.shared.security.SecretToken;

/**
 * Self-service for people without a session: learners register and confirm their address by an
 * e-mailed link; anyone can ask for a password reset link. Links are single-use and expire.
 */
@Stateless
@PermitAll
public class Registration {

  private static final Logger LOG = Logger.getLogger(Registration.class.getName());
  private static final Jsonb PROFILES = JsonbBuilder.create();

  /** The least time between two confirmation mails asked for from the login page. */
  static final Duration RESEND_INTERVAL = Duration.ofMinutes(5);

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private AccountMails mails;
  @Inject private People people;
  @Inject private Registry registry;

  /**
   * Opens a learner account waiting for confirmation and mails the confirmation link. What the
   * learner says about themself ({@code profile}; its e-mail and national ID are ignored) is
   * checked now and kept with the account until the address is confirmed.
   */
  public void register(
      @NotNull @Valid SignUp signUp, @NotNull @Valid PersonInput profile, @NotNull String siteUrl) {
    if (accounts.usernameTaken(signUp.username())) {
      throw new ConflictException("username", "account.username.taken");
    }
    registry.checkWorkplace(profile);
    Account account =
        accounts.add(
            new Account(
                signUp.username(),
                signUp.email(),
                hasher.hash(signUp.password()),
                EnumSet.of(Role.LEARNER),
                Locale.forLanguageTag(signUp.language()),
                AccountStatus.PENDING,
                Instant.now()));
    account.keepSignUpProfile(PROFILES.toJson(profile));
    mails.confirmAddress(account, siteUrl, issue(account, AccountTokenPurpose.CONFIRM_EMAIL));
    LOG.info(() -> "Learner " + account.getUsername() + " registered; confirmation mailed");
  }

  /**
   * Activates the account a confirmation link belongs to and gives it its person. When exactly one
   * person of the registry has the confirmed address and no account yet, the account is linked to
   * that person, so the learner sees their own record. (Offices share addresses: two such persons
   * link neither.) Otherwise the registry gets a new person from the sign-up profile, and likely
   * duplicates of it go to the review queue as for any new person.
   */
  public void confirm(String token) {
    Account account = use(token, AccountTokenPurpose.CONFIRM_EMAIL);
    account.confirmEmail();
    Optional<String> profile = account.takeSignUpProfile();
    if (people.findByAccount(account.getId()).isPresent()) {
      return;
    }
    List<Person> matches = people.findUnlinkedByEmail(account.getEmail());
    if (matches.size() == 1) {
      matches.get(0).linkAccount(account.getId());
      LOG.info(
          () -> "Account " + account.getUsername() + " linked to person " + matches.get(0).getId());
    } else if (profile.isPresent()) {
      PersonInput input = PROFILES.fromJson(profile.get(), PersonInput.class);
      Person person = registry.registerForAccount(input, account.getId(), account.getEmail());
      LOG.info(() -> "Account " + account.getUsername() + " has a new person " + person.getId());
    }
  }

  /**
   * Mails a reset link to every account with this username or address. Says nothing about whether
   * one exists, so the page cannot be used to find out who has an account.
   */
  public void requestPasswordReset(@NotNull String usernameOrEmail, @NotNull String siteUrl) {
    var matches =
        usernameOrEmail.contains("@")
            ? accounts.findByEmail(usernameOrEmail)
            : accounts.findByUsername(usernameOrEmail).stream().toList();
    matches.stream()
        .filter(
            account -> account.getEmail() != null && account.getStatus() != AccountStatus.DISABLED)
        .forEach(
            account ->
                mails.resetPassword(
                    account, siteUrl, issue(account, AccountTokenPurpose.RESET_PASSWORD)));
  }

  /**
   * Mails a new confirmation link to the account with this username if it is still waiting for its
   * address to be confirmed, at most once in {@link #RESEND_INTERVAL}. Says nothing either way, so
   * that the page cannot be used to find out who has an account.
   */
  public void resendConfirmation(@NotNull String username, @NotNull String siteUrl) {
    Instant now = Instant.now();
    accounts
        .findByUsername(username)
        .filter(account -> account.getStatus() == AccountStatus.PENDING)
        .filter(account -> account.getEmail() != null)
        .filter(account -> !mailedSince(account, AccountTokenPurpose.CONFIRM_EMAIL, now))
        .ifPresent(
            account -> {
              mails.confirmAddress(
                  account, siteUrl, issue(account, AccountTokenPurpose.CONFIRM_EMAIL));
              LOG.info(() -> "Confirmation mailed again to " + account.getUsername());
            });
  }

  /** Whether a reset link would still work: known, unused and not expired. */
  public boolean isResetLinkUsable(String token) {
    return em.createNamedQuery("AccountToken.findByHash", AccountToken.class)
        .setParameter("hash", SecretToken.hashOf(token == null ? "" : token))
        .setParameter("purpose", AccountTokenPurpose.RESET_PASSWORD)
        .getResultStream()
        .findFirst()
        .filter(found -> found.isUsable(Instant.now()))
        .isPresent();
  }

  private boolean mailedSince(Account account, AccountTokenPurpose purpose, Instant now) {
    return em.createNamedQuery("AccountToken.findLatestOf", AccountToken.class)
        .setParameter("account", account)
        .setParameter("purpose", purpose)
        .setMaxResults(1)
        .getResultStream()
        .anyMatch(latest -> latest.issuedAt().isAfter(now.minus(RESEND_INTERVAL)));
  }

  /** Sets a new password from a reset link; also confirms the address, since the mail arrived. */
  public void resetPassword(@NotNull String token, @ValidPassword String newPassword) {
    Account account = use(token, AccountTokenPurpose.RESET_PASSWORD);
    account.changePassword(hasher.hash(newPassword));
    account.confirmEmail();
    em.createNamedQuery("ApiToken.revokeAllOf")
        .setParameter("account", account)
        .setParameter("now", Instant.now())
        .executeUpdate();
    LOG.info(() -> "Password of " + account.getUsername() + " reset by e-mailed link");
  }

  private String issue(Account account, AccountTokenPurpose purpose) {
    SecretToken secret = SecretToken.generate();
    em.persist(new AccountToken(account, purpose, secret.hash(), Instant.now()));
    return secret.value();
  }

  private Account use(String token, AccountTokenPurpose purpose) {
    AccountToken found =
        em.createNamedQuery("AccountToken.findByHash", AccountToken.class)
            .setParameter("hash", SecretToken.hashOf(token == null ? "" : token))
            .setParameter("purpose", purpose)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new BusinessRuleException("account.link.invalid"));
    if (!found.use(Instant.now())) {
      throw new BusinessRuleException("account.link.invalid");
    }
    return found.getAccount();
  }
}
