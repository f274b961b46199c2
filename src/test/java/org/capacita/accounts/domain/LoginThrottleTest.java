package org.capacita.accounts.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Failed sign-ins lock a key after the limit, for longer at each further failure. */
class LoginThrottleTest {

  private static final Instant NOW = Instant.parse("2026-04-17T12:00:00Z");

  @Test
  void shouldStayOpenBelowTheLimit() {
    LoginThrottle throttle = new LoginThrottle("key");
    for (int i = 0; i < 4; i++) {
      throttle.recordFailure(NOW, 5);
    }
    assertTrue(throttle.lockedFor(NOW).isEmpty());
  }

  @Test
  void shouldLockForThirtySecondsAtTheLimit() {
    LoginThrottle throttle = failed(5);

    assertEquals(Duration.ofSeconds(30), throttle.lockedFor(NOW).orElseThrow());
    assertTrue(throttle.lockedFor(NOW.plusSeconds(30)).isEmpty());
  }

  @Test
  void shouldDoubleTheLockAtEachFurtherFailureUpToFifteenMinutes() {
    assertEquals(Duration.ofSeconds(60), failed(6).lockedFor(NOW).orElseThrow());
    assertEquals(Duration.ofSeconds(120), failed(7).lockedFor(NOW).orElseThrow());
    assertEquals(Duration.ofMinutes(15), failed(40).lockedFor(NOW).orElseThrow());
  }

  @Test
  void shouldOpenAgainAfterASuccess() {
    LoginThrottle throttle = failed(6);
    throttle.reset();

    assertTrue(throttle.lockedFor(NOW).isEmpty());
    assertEquals(0, throttle.getFailures());
  }

  private static LoginThrottle failed(int times) {
    LoginThrottle throttle = new LoginThrottle("key");
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(NOW, 5);
    }
    return throttle;
  }
}
