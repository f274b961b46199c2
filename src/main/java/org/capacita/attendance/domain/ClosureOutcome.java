package org.capacita.attendance.domain;

import java.math.BigDecimal;
import org.capacita.completion.domain.TestScores;

/**
 * One participant of a workshop as its closure judges them: the hours they attended, their share of
 * the session hours (0 to 1, four decimals), whether they completed, and their test scores.
 */
public record ClosureOutcome(
    long personId,
    BigDecimal attendedHours,
    BigDecimal attendedShare,
    boolean completed,
    TestScores scores) {}
