package org.capacita.people.domain;

import java.util.Objects;

/**
 * How likely two person records describe the same human, from 0 (surely not) to 1 (certain).
 *
 * @param score the likelihood, in [0, 1]; exactly 1 only when {@code certain}
 * @param certain whether the records share a national ID in the same country
 * @param reason the main evidence behind the score, for the review queue
 */
public record MatchScore(double score, boolean certain, Reason reason) {

  /** The main evidence behind a score; shown to the lead as {@code enum.MatchScore.Reason.X}. */
  public enum Reason {
    SAME_NATIONAL_ID,
    DIFFERENT_NATIONAL_ID,
    SAME_NAME,
    SIMILAR_NAME,
    SAME_EMAIL,
    DIFFERENT_SEX,
    DIFFERENT_NAME
  }

  /** Rejects scores outside [0, 1] and certainty without a score of 1. */
  public MatchScore {
    Objects.requireNonNull(reason, "reason");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
    if (certain && score != 1.0) {
      throw new IllegalArgumentException("a certain match scores 1");
    }
  }

  /** The score of two records with the same national ID in the same country. */
  public static MatchScore certainMatch() {
    return new MatchScore(1.0, true, Reason.SAME_NATIONAL_ID);
  }

  /** Whether the pair belongs in the review queue at the given threshold. */
  public boolean isCandidate(double threshold) {
    return certain || score >= threshold;
  }
}
