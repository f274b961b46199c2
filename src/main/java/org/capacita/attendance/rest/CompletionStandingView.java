package org.capacita.attendance.rest;

import java.math.BigDecimal;
import org.capacita.attendance.domain.ClosureOutcome;

/**
 * One participant in {@code GET /workshops/{id}/completions}: whether they complete, their share of
 * the session hours attended (0 to 1) and those hours.
 */
public record CompletionStandingView(
    long personId, boolean completed, BigDecimal attendedShare, BigDecimal attendedHours) {

  static CompletionStandingView of(ClosureOutcome outcome) {
    return new CompletionStandingView(
        outcome.personId(), outcome.completed(), outcome.attendedShare(), outcome.attendedHours());
  }
}
