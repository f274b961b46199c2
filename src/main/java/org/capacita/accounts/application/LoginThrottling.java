package org.capacita.accounts.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.capacita.accounts.domain.LoginThrottle;
import org.capacita.shared.security.SecretToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed sign-ins per username and per client address in the database, each in a transaction
 * of its own so that a failed sign-in is counted even though nothing else is written.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginThrottling {

  @PersistenceContext private EntityManager em;

  @Inject
  @ConfigProperty(name = "capacita.security.max-failures-per-user", defaultValue = "5")
  private int maxFailuresPerUser;

  @Inject
  @ConfigProperty(name = "capacita.security.max-failures-per-address", defaultValue = "50")
  private int maxFailuresPerAddress;

  /** How long the caller must wait before trying again, if either key is locked. */
  public Optional<Duration> lockedFor(String username, String address) {
    Instant now = Instant.now();
    return Stream.of(userKey(username), addressKey(address))
        .map(key -> em.find(LoginThrottle.class, key))
        .filter(throttle -> throttle != null)
        .flatMap(throttle -> throttle.lockedFor(now).stream())
        .max(Duration::compareTo);
  }

  public void recordFailure(String username, String address) {
    Instant now = Instant.now();
    load(userKey(username)).recordFailure(now, maxFailuresPerUser);
    load(addressKey(address)).recordFailure(now, maxFailuresPerAddress);
  }

  public void recordSuccess(String username) {
    LoginThrottle throttle =
        em.find(LoginThrottle.class, userKey(username), LockModeType.PESSIMISTIC_WRITE);
    if (throttle != null) {
      throttle.reset();
    }
  }

  private LoginThrottle load(String key) {
    LoginThrottle throttle = em.find(LoginThrottle.class, key, LockModeType.PESSIMISTIC_WRITE);
    if (throttle == null) {
      throttle = new LoginThrottle(key);
      em.persist(throttle);
    }
    return throttle;
  }

  private static String userKey(String username) {
    return SecretToken.hashOf(
        "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)));
  }

  private static String addressKey(String address) {
    return SecretToken.hashOf("address:" + address);
  }
}
