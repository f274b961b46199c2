package org.capacita.attendance.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import org.capacita.attendance.domain.ClosureOutcome;

/** One participant on the closure card: name, hours attended, share (percent) and outcome. */
public record StandingRow(
    long personId, String name, BigDecimal hours, BigDecimal percent, boolean completed)
    implements Serializable {

  static StandingRow of(ClosureOutcome outcome, Map<Long, String> names) {
    return new StandingRow(
        outcome.personId(),
        names.getOrDefault(outcome.personId(), ""),
        outcome.attendedHours(),
        outcome.attendedShare().movePointRight(2).stripTrailingZeros(),
        outcome.completed());
  }
}
