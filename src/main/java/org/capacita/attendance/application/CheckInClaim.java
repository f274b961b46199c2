package org.capacita.attendance.application;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A session someone showed a valid code for, and when: enough to check them in once they have
 * signed in (or registered), even after the code itself has changed.
 */
public record CheckInClaim(long workshopId, int sessionNumber, Instant at) implements Serializable {

  /** How long a claim made before signing in is kept: time enough to register and confirm. */
  static final Duration KEPT = Duration.ofHours(2);

  public boolean is(long workshop, int session) {
    return workshopId == workshop && sessionNumber == session;
  }

  boolean isStale(Instant now) {
    return now.isAfter(at.plus(KEPT));
  }

  /** The claim an API caller makes by naming the session. */
  public static CheckInClaim of(long workshopId, int sessionNumber) {
    return new CheckInClaim(workshopId, sessionNumber, Instant.now());
  }

  @Override
  public String toString() {
    return "session " + sessionNumber + " of workshop " + workshopId;
  }
}
