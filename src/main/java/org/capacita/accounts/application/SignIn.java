package org.capacita.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.AccountStatus;

/**
 * Checks a username and password for the page login and the API alike: throttled per user and
 * address, the same work whether or not the username exists, and outdated hashes upgraded.
 */
@Stateless
public class SignIn {

  private static final Logger LOG = Logger.getLogger(SignIn.class.getName());

  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private LoginThrottling throttling;

  private volatile String decoyHash;

  public SignInResult check(String username, String password, String address) {
    Optional<Duration> wait = throttling.lockedFor(username, address);
    if (wait.isPresent()) {
      LOG.warning(() -> "Sign-in refused while throttled from " + address);
      return SignInResult.throttled(wait.get());
    }
    Optional<Account> found =
        username == null ? Optional.empty() : accounts.findByUsername(username);
    boolean matches =
        hasher.matches(password, found.map(Account::getPasswordHash).orElse(decoyHash()));
    if (found.isEmpty() || !matches || found.get().getStatus() == AccountStatus.DISABLED) {
      throttling.recordFailure(username, address);
      LOG.info(() -> "Failed sign-in from " + address);
      return SignInResult.failed(SignInResult.Outcome.INVALID_CREDENTIALS);
    }
    Account account = found.get();
    if (account.getStatus() == AccountStatus.PENDING) {
      return SignInResult.failed(SignInResult.Outcome.NOT_CONFIRMED);
    }
    throttling.recordSuccess(username);
    if (hasher.isOutdated(account.getPasswordHash())) {
      account.changePassword(hasher.hash(password));
    }
    accounts.recordSignIn(account.getId(), Instant.now());
    return SignInResult.signedIn(SignedInCaller.of(account));
  }

  /** A hash to check unknown usernames against, so that they take as long as known ones. */
  private String decoyHash() {
    if (decoyHash == null) {
      decoyHash = hasher.hash("decoy-password-never-valid");
    }
    return decoyHash;
  }
}
