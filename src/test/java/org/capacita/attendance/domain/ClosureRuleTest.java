package org.capacita.attendance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.capacita.completion.domain.TestScores;
import org.junit.jupiter.api.Test;

/** The completion rule of a workshop: share of the session hours, threshold, post-test. */
class ClosureRuleTest {

  /** Session 1: 4 h, session 2: 1 h, session 3: 1 h (6 h in all). */
  private static final Map<Integer, BigDecimal> HOURS = new LinkedHashMap<>();

  static {
    HOURS.put(1, new BigDecimal("4.0"));
    HOURS.put(2, new BigDecimal("1.0"));
    HOURS.put(3, new BigDecimal("1.0"));
  }

  private static final ClosureRule EIGHTY = new ClosureRule(80, false, 70);

  @Test
  void shouldCountHoursNotSessions() {
    ClosureOutcome longSession = EIGHTY.judge(1, HOURS, Set.of(1, 2), TestScores.none());
    assertTrue(longSession.completed(), "5 of 6 hours is 83 %, 2 of 3 sessions 67 %");
    assertEquals(new BigDecimal("0.8333"), longSession.attendedShare());
    assertEquals(new BigDecimal("5.0"), longSession.attendedHours());

    ClosureOutcome shortSessions = EIGHTY.judge(2, HOURS, Set.of(2, 3), TestScores.none());
    assertFalse(shortSessions.completed(), "2 of 6 hours, though 2 of 3 sessions");
    assertEquals(new BigDecimal("0.3333"), shortSessions.attendedShare());
  }

  @Test
  void shouldCompleteExactlyAtTheThresholdAndNotJustBelowIt() {
    Map<Integer, BigDecimal> fiveHours = Map.of(1, new BigDecimal("4.0"), 2, new BigDecimal("1.0"));
    assertTrue(EIGHTY.judge(1, fiveHours, Set.of(1), TestScores.none()).completed(), "4 of 5");
    Map<Integer, BigDecimal> odd =
        Map.of(1, new BigDecimal("7.9"), 2, new BigDecimal("2.0"), 3, new BigDecimal("0.1"));
    ClosureOutcome below = EIGHTY.judge(1, odd, Set.of(1), TestScores.none());
    assertFalse(below.completed(), "79 % is not 80 %");
    assertEquals(new BigDecimal("0.7900"), below.attendedShare());
  }

  @Test
  void shouldNotCompleteWithoutAttendanceOrSessions() {
    assertFalse(EIGHTY.judge(1, HOURS, Set.of(), TestScores.none()).completed());
    ClosureOutcome empty = EIGHTY.judge(1, Map.of(), Set.of(), TestScores.none());
    assertFalse(empty.completed());
    assertEquals(BigDecimal.ZERO, empty.attendedShare());
  }

  @Test
  void shouldAskForAPassedPostTestWhereTheModuleRequiresIt() {
    ClosureRule withTest = new ClosureRule(80, true, 70);
    Set<Integer> all = Set.of(1, 2, 3);
    assertFalse(withTest.judge(1, HOURS, all, TestScores.none()).completed(), "no post-test");
    assertFalse(withTest.judge(1, HOURS, all, new TestScores(90, 69)).completed(), "below 70");
    assertTrue(withTest.judge(1, HOURS, all, new TestScores(null, 70)).completed(), "at 70");
    assertFalse(
        withTest.judge(1, HOURS, Set.of(2, 3), new TestScores(null, 100)).completed(),
        "a passed test does not make up for hours");
  }

  @Test
  void shouldTakePaperAndOnlineScoresTogether() {
    TestScores paper = new TestScores(40, 60);
    TestScores online = new TestScores(20, 85);
    assertEquals(new TestScores(40, 85), paper.or(online), "the paper pre-test, the best post");
    assertEquals(new TestScores(20, 85), TestScores.none().or(online));
    assertEquals(paper, paper.or(TestScores.none()));
    assertEquals(TestScores.none(), TestScores.none().or(TestScores.none()));
    assertEquals(new TestScores(10, 70), new TestScores(10, 70).or(new TestScores(null, 50)));
  }

  @Test
  void shouldRefuseThresholdsAndScoresOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> new ClosureRule(0, false, 70));
    assertThrows(IllegalArgumentException.class, () -> new ClosureRule(101, false, 70));
    assertThrows(IllegalArgumentException.class, () -> new TestScores(-1, null));
    assertThrows(IllegalArgumentException.class, () -> new TestScores(null, 101));
  }
}
