package org.capacita.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Failed sign-ins counted for one key (a username or a client address). It lives in the database so
 * that every application instance sees the same count. After {@code limit} failures in a row the
 * key is locked, for twice as long at each further failure, up to a ceiling.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

  @Id
  @Column(name = "throttle_key", length = 64)
  private String key;

  @Column(nullable = false)
  private int failures;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Version private long version;

  protected LoginThrottle() {}

  public LoginThrottle(String key) {
    this.key = key;
  }

  /** How long the key must still wait, if it is locked at {@code now}. */
  public Optional<Duration> lockedFor(Instant now) {
    if (lockedUntil == null || !now.isBefore(lockedUntil)) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, lockedUntil));
  }

  public void recordFailure(Instant now, int limit) {
    failures++;
    if (failures >= limit) {
      int doublings = Math.min(failures - limit, 10);
      Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
      lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
    }
  }

  public void reset() {
    failures = 0;
    lockedUntil = null;
  }

  public int getFailures() {
    return failures;
  }
}
