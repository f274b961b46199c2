package org.capacita.people.rest;

import java.util.List;
import org.capacita.people.domain.DuplicateCandidate;
import org.capacita.people.domain.MatchEvidence;
import org.capacita.people.domain.PersonMatcher;

/**
 * A pair in the duplicates queue: the two person ids, how alike they are (0..1), and why it was
 * suggested: for each field both records fill in, whether they agree.
 */
public record DuplicatePair(long a, long b, double score, List<Reason> reasons) {

  /**
   * One field compared: {@code field} as in {@code POST /people} ({@code givenNames}, {@code
   * familyNames}, {@code nationalId}, {@code email}, {@code sex}, {@code institution}, {@code
   * workCity}, {@code workCountry}); {@code agreement} {@code SAME}, {@code SIMILAR}, {@code
   * SWAPPED} (given and family names in each other's fields) or {@code DIFFERENT}.
   */
  public record Reason(String field, String agreement) {

    static Reason of(MatchEvidence evidence) {
      return new Reason(fieldName(evidence.field()), evidence.agreement().name());
    }

    private static String fieldName(MatchEvidence.Field field) {
      return switch (field) {
        case GIVEN_NAMES -> "givenNames";
        case FAMILY_NAMES -> "familyNames";
        case NATIONAL_ID -> "nationalId";
        case EMAIL -> "email";
        case SEX -> "sex";
        case INSTITUTION -> "institution";
        case WORK_CITY -> "workCity";
        case WORK_COUNTRY -> "workCountry";
      };
    }
  }

  static DuplicatePair of(DuplicateCandidate candidate, PersonMatcher matcher) {
    return new DuplicatePair(
        candidate.getPersonA().getId(),
        candidate.getPersonB().getId(),
        candidate.getScore(),
        candidate.reasons(matcher).stream().map(Reason::of).toList());
  }
}
