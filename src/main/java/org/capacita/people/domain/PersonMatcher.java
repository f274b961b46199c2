package org.capacita.people.domain;

import java.util.List;
import org.capacita.people.domain.MatchScore.Reason;
import org.capacita.people.domain.NameAgreement.Part;
import org.capacita.people.domain.WorkplaceAgreement.Agreement;

/**
 * Scores how likely two person records describe the same human, so that leads can merge duplicates
 * and count unique people trained.
 *
 * <p>The same national ID in the same country is certain; different national IDs in the same
 * country rule a match out. Otherwise the evidence is added up in log-odds: names (folded, in
 * either order, with missing second surnames, initials and typos tolerated), e-mail (strong but not
 * proof: offices share addresses), sex, country, institution and city.
 */
public final class PersonMatcher {

  /** Pairs scoring at least this are candidates for the review queue. */
  public static final double DEFAULT_THRESHOLD = 0.85;

  private static final double PRIOR = -2.8;
  private static final double SWAPPED_ORDER = -0.6;
  private static final double SAME_EMAIL = 2.0;
  private static final double OTHER_EMAIL = -0.3;
  private static final double SAME_SEX = 0.3;
  private static final double OTHER_SEX = -5.0;
  private static final double OTHER_COUNTRY = -1.5;
  private static final double SAME_INSTITUTION = 1.2;
  private static final double OTHER_INSTITUTION = -1.4;
  private static final double SAME_CITY = 0.6;
  private static final double OTHER_CITY = -1.2;
  private static final double DIFFERENT_IDS = 0.01;
  private static final double HIGHEST_UNCERTAIN = 0.99;

  /** Whether both records carry the same national ID in the same country. */
  public boolean isCertain(PersonFacts a, PersonFacts b) {
    String id = Names.normalizeNationalId(a.nationalId());
    return !id.isEmpty()
        && id.equals(Names.normalizeNationalId(b.nationalId()))
        && sameCountry(a, b);
  }

  /** The likelihood, in [0, 1], that both records describe the same person. */
  public MatchScore score(PersonFacts a, PersonFacts b) {
    if (isCertain(a, b)) {
      return MatchScore.certainMatch();
    }
    String idA = Names.normalizeNationalId(a.nationalId());
    String idB = Names.normalizeNationalId(b.nationalId());
    if (!idA.isEmpty() && !idB.isEmpty() && sameCountry(a, b)) {
      return new MatchScore(DIFFERENT_IDS, false, Reason.DIFFERENT_NATIONAL_ID);
    }
    double names = nameLogOdds(a, b);
    String emailA = Names.fold(a.email());
    boolean sameEmail = !emailA.isEmpty() && emailA.equals(Names.fold(b.email()));
    double logOdds = PRIOR + names + (sameEmail ? SAME_EMAIL : 0.0);
    if (!sameEmail && !emailA.isEmpty() && !Names.fold(b.email()).isEmpty()) {
      logOdds += OTHER_EMAIL;
    }
    boolean otherSex = a.conflictingSex(b);
    if (otherSex) {
      logOdds += OTHER_SEX;
    } else if (a.sex() == b.sex() && a.sex() != 'U') {
      logOdds += SAME_SEX;
    }
    if (!isBlank(a.country()) && !isBlank(b.country()) && !sameCountry(a, b)) {
      logOdds += OTHER_COUNTRY;
    }
    logOdds +=
        weigh(
            WorkplaceAgreement.institutions(a.institution(), b.institution()),
            SAME_INSTITUTION,
            OTHER_INSTITUTION);
    logOdds += weigh(WorkplaceAgreement.cities(a.city(), b.city()), SAME_CITY, OTHER_CITY);
    double score = Math.min(HIGHEST_UNCERTAIN, 1.0 / (1.0 + Math.exp(-logOdds)));
    return new MatchScore(score, false, reason(a, b, names, sameEmail, otherSex));
  }

  private static double nameLogOdds(PersonFacts a, PersonFacts b) {
    List<String> givenA = Names.nameTokens(a.givenNames());
    List<String> familyA = Names.nameTokens(a.familyNames());
    List<String> givenB = Names.nameTokens(b.givenNames());
    List<String> familyB = Names.nameTokens(b.familyNames());
    double straight =
        NameAgreement.logOdds(givenA, givenB, Part.GIVEN)
            + NameAgreement.logOdds(familyA, familyB, Part.FAMILY);
    double swappedInB =
        NameAgreement.logOdds(givenA, familyB, Part.GIVEN)
            + NameAgreement.logOdds(familyA, givenB, Part.FAMILY);
    double swappedInA =
        NameAgreement.logOdds(familyA, givenB, Part.GIVEN)
            + NameAgreement.logOdds(givenA, familyB, Part.FAMILY);
    return Math.max(straight, Math.max(swappedInA, swappedInB) + SWAPPED_ORDER);
  }

  private static Reason reason(
      PersonFacts a, PersonFacts b, double names, boolean sameEmail, boolean otherSex) {
    if (names <= 0.0) {
      return Reason.DIFFERENT_NAME;
    } else if (otherSex) {
      return Reason.DIFFERENT_SEX;
    } else if (sameEmail) {
      return Reason.SAME_EMAIL;
    }
    boolean sameName =
        Names.nameTokens(a.givenNames()).equals(Names.nameTokens(b.givenNames()))
            && Names.nameTokens(a.familyNames()).equals(Names.nameTokens(b.familyNames()));
    return sameName ? Reason.SAME_NAME : Reason.SIMILAR_NAME;
  }

  private static double weigh(Agreement agreement, double same, double other) {
    return switch (agreement) {
      case AGREE -> same;
      case DISAGREE -> other;
      case UNKNOWN -> 0.0;
    };
  }

  private static boolean sameCountry(PersonFacts a, PersonFacts b) {
    return !isBlank(a.country())
        && !isBlank(b.country())
        && a.country().trim().equalsIgnoreCase(b.country().trim());
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }
}
