package org.capacita.attendance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Set;
import org.capacita.catalog.domain.Module;
import org.capacita.completion.domain.TestScores;

/**
 * When a workshop participant completes its module: their attended share of the session hours
 * (hours, not sessions: a four-hour morning counts twice a two-hour afternoon) reaches the module's
 * threshold and, where the module requires it, they passed the post-test, online or on paper.
 *
 * @param thresholdPercent the share of the hours needed, 1 to 100
 * @param postTestRequired whether the post-test must be passed as well
 * @param passMark the post-test's pass mark, percent
 */
public record ClosureRule(int thresholdPercent, boolean postTestRequired, int passMark) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ClosureRule {
    if (thresholdPercent < 1 || thresholdPercent > 100) {
      throw new IllegalArgumentException("The threshold is a percentage, 1 to 100");
    }
  }

  /** The rule the module's descriptor sets. */
  public static ClosureRule of(Module module) {
    return new ClosureRule(
        module.getAttendanceThreshold(), module.requiresWorkshopPostTest(), module.getPassMark());
  }

  /**
   * One participant's outcome: {@code sessionHours} maps each session's number to its hours, {@code
   * attended} holds the numbers of the sessions they attended (marked with a status that counts as
   * attended).
   */
  public ClosureOutcome judge(
      long personId,
      Map<Integer, BigDecimal> sessionHours,
      Set<Integer> attended,
      TestScores scores) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal present = BigDecimal.ZERO;
    for (Map.Entry<Integer, BigDecimal> session : sessionHours.entrySet()) {
      total = total.add(session.getValue());
      if (attended.contains(session.getKey())) {
        present = present.add(session.getValue());
      }
    }
    BigDecimal share =
        total.signum() == 0 ? BigDecimal.ZERO : present.divide(total, 4, RoundingMode.HALF_UP);
    // Exact: attended * 100 >= threshold * total, so 79.99 % never rounds up to 80 %.
    boolean enoughHours =
        total.signum() > 0
            && present
                    .multiply(HUNDRED)
                    .compareTo(total.multiply(BigDecimal.valueOf(thresholdPercent)))
                >= 0;
    boolean testPassed = !postTestRequired || scores.passed(passMark);
    return new ClosureOutcome(personId, present, share, enoughHours && testPassed, scores);
  }
}
