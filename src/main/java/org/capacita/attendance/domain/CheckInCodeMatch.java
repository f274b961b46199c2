package org.capacita.attendance.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which session a typed or scanned code belongs to, among the sessions held around now: the one
 * whose code of the current step (or of the step before) it is, while its window is open. A code of
 * an older step is told apart as expired (up to an hour back), so that the participant learns to
 * scan again rather than that the code is wrong.
 */
public record CheckInCodeMatch(Kind kind, Candidate session) {

  /** How far back an old code is still recognised as expired rather than unknown. */
  static final Duration RECOGNISED = Duration.ofHours(1);

  /** What a code turned out to be. */
  public enum Kind {
    /** A current code of a session whose check-in is open. */
    ACCEPTED,
    /** A current code of a session whose check-in is not open (ended, cancelled). */
    CLOSED,
    /** A code of this session, but shown two steps ago or earlier. */
    EXPIRED,
    /** No session's code. */
    UNKNOWN
  }

  /** A session that may be checked in to: its codes, its window, whether it still takes place. */
  public record Candidate(
      long workshopId, int sessionNumber, CheckInCode codes, CheckInWindow window, boolean held) {

    public boolean isOpenAt(Instant now) {
      return held && window.isOpenAt(now);
    }

    public boolean is(long workshop, int session) {
      return workshopId == workshop && sessionNumber == session;
    }
  }

  public static CheckInCodeMatch of(
      String typed, List<Candidate> sessions, Instant now, Duration step) {
    if (!CheckInCode.isWellFormed(typed)) {
      return new CheckInCodeMatch(Kind.UNKNOWN, null);
    }
    long current = CheckInCode.stepOf(now, step);
    Optional<Candidate> closed = Optional.empty();
    for (Candidate session : sessions) {
      if (session.codes().accepts(typed, current)) {
        if (session.isOpenAt(now)) {
          return new CheckInCodeMatch(Kind.ACCEPTED, session);
        }
        closed = Optional.of(session);
      }
    }
    if (closed.isPresent()) {
      return new CheckInCodeMatch(Kind.CLOSED, closed.get());
    }
    String code = CheckInCode.normalized(typed);
    long oldest = Math.max(2, RECOGNISED.getSeconds() / step.getSeconds());
    for (Candidate session : sessions) {
      for (long back = 2; back <= oldest; back++) {
        if (session.codes().atStep(current - back).equals(code)) {
          return new CheckInCodeMatch(Kind.EXPIRED, session);
        }
      }
    }
    return new CheckInCodeMatch(Kind.UNKNOWN, null);
  }
}
