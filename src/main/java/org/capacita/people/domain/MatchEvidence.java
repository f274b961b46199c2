package org.capacita.people.domain;

import java.util.Objects;

/**
 * One reason why two records were or were not suggested as one person: a field and how the two
 * records agree on it. Fields that one of the records leaves empty give no evidence and are left
 * out.
 *
 * @param field what was compared
 * @param agreement how the two records compare on it
 */
public record MatchEvidence(Field field, Agreement agreement) {

  /** What the matcher compares; shown to the lead as {@code enum.MatchEvidence.Field.X}. */
  public enum Field {
    GIVEN_NAMES,
    FAMILY_NAMES,
    NATIONAL_ID,
    EMAIL,
    SEX,
    INSTITUTION,
    WORK_CITY,
    WORK_COUNTRY
  }

  /** How two records compare on a field; shown as {@code enum.MatchEvidence.Agreement.X}. */
  public enum Agreement {
    /** The same once case, accents, spacing, particles and word order are ignored. */
    SAME,
    /** Alike: a typo, a spelling variant, an initial, a missing or married surname. */
    SIMILAR,
    /** Given and family names typed into each other's fields. */
    SWAPPED,
    DIFFERENT;

    /** Whether this counts for the two records being one person. */
    public boolean agrees() {
      return this != DIFFERENT;
    }
  }

  public MatchEvidence {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(agreement, "agreement");
  }
}
