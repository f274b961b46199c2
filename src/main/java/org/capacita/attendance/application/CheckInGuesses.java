package org.capacita.attendance.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.capacita.accounts.domain.LoginThrottle;
import org.capacita.shared.security.SecretToken;

/**
 * Counts wrong check-in codes as the sign-in counts wrong passwords, in the same table ({@link
 * LoginThrottle}, shared by every instance) under keys of its own: per account (or, signed out, per
 * client address), {@value #PER_CALLER} wrong codes in a row lock it for 30 s, doubling up to 15
 * min; per address {@value #PER_ADDRESS}. Each count is a transaction of its own, kept although the
 * refusal rolls back everything else. With codes of 25^6 values that live a minute, guessing one
 * takes longer than any session lasts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CheckInGuesses {

  static final int PER_CALLER = 5;
  static final int PER_ADDRESS = 50;

  @PersistenceContext private EntityManager em;

  /** How long the caller must wait before trying another code, if locked. */
  public Optional<Duration> lockedFor(Long accountId, String address) {
    Instant now = Instant.now();
    return Stream.of(callerKey(accountId, address), addressKey(address))
        .map(key -> em.find(LoginThrottle.class, key))
        .filter(throttle -> throttle != null)
        .flatMap(throttle -> throttle.lockedFor(now).stream())
        .max(Duration::compareTo);
  }

  public void recordWrong(Long accountId, String address) {
    Instant now = Instant.now();
    load(callerKey(accountId, address)).recordFailure(now, PER_CALLER);
    load(addressKey(address)).recordFailure(now, PER_ADDRESS);
  }

  public void recordRight(Long accountId, String address) {
    LoginThrottle throttle =
        em.find(LoginThrottle.class, callerKey(accountId, address), LockModeType.PESSIMISTIC_WRITE);
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

  private static String callerKey(Long accountId, String address) {
    return accountId == null
        ? SecretToken.hashOf("check-in:signed-out:" + address)
        : SecretToken.hashOf("check-in:account:" + accountId);
  }

  private static String addressKey(String address) {
    return SecretToken.hashOf("check-in:address:" + address);
  }
}
