package org.capacita.certificates.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code limit} verifications per client address in any minute (a sliding window), so that
 * nobody walks the code space; at most {@code MAX_ADDRESSES} addresses are remembered, the oldest
 * forgotten first. Thread-safe.
 */
public final class VerificationThrottle {

  static final int MAX_ADDRESSES = 10_000;
  private static final Duration WINDOW = Duration.ofMinutes(1);

  private final int limit;
  private final Map<String, Deque<Instant>> seen =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
          return size() > MAX_ADDRESSES;
        }
      };

  public VerificationThrottle(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("At least one verification a minute");
    }
    this.limit = limit;
  }

  /**
   * Counts one verification from {@code address} at {@code now}: zero when allowed, else how long
   * until the next one is (and it is not counted).
   */
  public synchronized Duration tryAcquire(String address, Instant now) {
    Deque<Instant> times = seen.computeIfAbsent(address, a -> new ArrayDeque<>());
    Instant start = now.minus(WINDOW);
    for (Iterator<Instant> it = times.iterator(); it.hasNext(); ) {
      if (it.next().isAfter(start)) {
        break;
      }
      it.remove();
    }
    if (times.size() >= limit) {
      return Duration.between(start, times.peekFirst()).plusSeconds(1);
    }
    times.addLast(now);
    return Duration.ZERO;
  }
}
