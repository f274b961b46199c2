package org.capacita.people.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.capacita.people.domain.MatchEvidence.Field;
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
  private static final double MARRIED_NAME = -0.4;
  private static final double SAME_EMAIL = 2.0;
  private static final double OTHER_EMAIL = -0.1;
  private static final double SAME_SEX = 0.3;
  private static final double OTHER_SEX = -5.0;
  private static final double OTHER_COUNTRY = -1.5;
  private static final double SAME_INSTITUTION = 1.2;
  private static final double OTHER_INSTITUTION = -1.4;
  private static final double OTHER_INSTITUTION_SAME_CITY = -0.6;
  private static final double SAME_CITY = 0.6;
  private static final double OTHER_CITY = -1.2;
  private static final double DIFFERENT_IDS = 0.01;
  private static final double HIGHEST_UNCERTAIN = 0.99;

  /** Whether both records carry the same national ID in the same country. */
  public boolean isCertain(PersonFacts a, PersonFacts b) {
    String id = NationalIds.shape(a.country(), a.nationalId());
    return !id.isEmpty()
        && sameCountry(a, b)
        && id.equals(NationalIds.shape(a.country(), b.nationalId()));
  }

  /** The likelihood, in [0, 1], that both records describe the same person. */
  public MatchScore score(PersonFacts a, PersonFacts b) {
    if (isCertain(a, b)) {
      return MatchScore.certainMatch();
    }
    if (differentIds(a, b)) {
      return new MatchScore(DIFFERENT_IDS, false, Reason.DIFFERENT_NATIONAL_ID);
    }
    double names = names(a, b).logOdds();
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
    Agreement city = WorkplaceAgreement.cities(a.city(), b.city());
    // people change jobs within their city more often than namesakes share one
    logOdds +=
        weigh(
            WorkplaceAgreement.institutions(a.institution(), b.institution()),
            SAME_INSTITUTION,
            city == Agreement.AGREE ? OTHER_INSTITUTION_SAME_CITY : OTHER_INSTITUTION);
    logOdds += weigh(city, SAME_CITY, OTHER_CITY);
    double score = Math.min(HIGHEST_UNCERTAIN, 1.0 / (1.0 + Math.exp(-logOdds)));
    return new MatchScore(score, false, reason(a, b, names, sameEmail, otherSex));
  }

  /**
   * How the names agree: given with given and family with family, or crosswise when one record has
   * them in each other's fields (a small penalty), whichever agrees best.
   */
  private static NameReading names(PersonFacts a, PersonFacts b) {
    List<String> givenA = Names.nameTokens(a.givenNames());
    List<String> givenB = Names.nameTokens(b.givenNames());
    Part given =
        a.sex() == b.sex() && "FM".indexOf(a.sex()) >= 0 ? Part.GIVEN_SAME_SEX : Part.GIVEN;
    NameReading straight =
        new NameReading(
            NameAgreement.logOdds(givenA, givenB, given),
            familyLogOdds(a.familyNames(), a.sex(), b.familyNames(), b.sex()),
            false);
    NameReading swappedInB =
        new NameReading(
            NameAgreement.logOdds(givenA, Names.nameTokens(b.familyNames()), given),
            familyLogOdds(a.familyNames(), a.sex(), b.givenNames(), b.sex()),
            true);
    NameReading swappedInA =
        new NameReading(
            NameAgreement.logOdds(Names.nameTokens(a.familyNames()), givenB, given),
            familyLogOdds(a.givenNames(), a.sex(), b.familyNames(), b.sex()),
            true);
    NameReading swapped = swappedInA.logOdds() >= swappedInB.logOdds() ? swappedInA : swappedInB;
    return straight.logOdds() >= swapped.logOdds() ? straight : swapped;
  }

  /**
   * Family names compared as sets of surnames, and also as a married name: a woman who adds her
   * husband's surname after "de" ("Morales de Rivera", "Morales Gómez de Rivera") keeps her own
   * surnames before it, which are compared with the other record's (a small penalty, since the
   * other surname then goes unchecked).
   */
  private static double familyLogOdds(String familyA, char sexA, String familyB, char sexB) {
    List<String> a = Names.nameTokens(familyA);
    List<String> b = Names.nameTokens(familyB);
    double best = NameAgreement.logOdds(a, b, Part.FAMILY);
    List<String> maidenA = sexA == 'M' ? List.of() : Names.maidenSurnames(familyA);
    List<String> maidenB = sexB == 'M' ? List.of() : Names.maidenSurnames(familyB);
    if (!maidenA.isEmpty()) {
      best = Math.max(best, NameAgreement.logOdds(maidenA, b, Part.FAMILY) + MARRIED_NAME);
    }
    if (!maidenB.isEmpty()) {
      best = Math.max(best, NameAgreement.logOdds(a, maidenB, Part.FAMILY) + MARRIED_NAME);
    }
    return best;
  }

  /** The names' evidence: given and family parts, and whether they were read crosswise. */
  private record NameReading(double given, double family, boolean swapped) {

    double logOdds() {
      return given + family + (swapped ? SWAPPED_ORDER : 0.0);
    }
  }

  /**
   * Why two records were (or were not) suggested as one person: how they compare on each field both
   * of them fill in, in the order of {@link MatchEvidence.Field}.
   */
  public List<MatchEvidence> explain(PersonFacts a, PersonFacts b) {
    List<MatchEvidence> evidence = new ArrayList<>();
    NameReading names = names(a, b);
    if (names.swapped()) {
      evidence.add(new MatchEvidence(Field.GIVEN_NAMES, nameAgreement(names.given(), true, true)));
      evidence.add(
          new MatchEvidence(Field.FAMILY_NAMES, nameAgreement(names.family(), true, true)));
    } else {
      boolean sameGiven =
          Set.copyOf(Names.nameTokens(a.givenNames()))
              .equals(Set.copyOf(Names.nameTokens(b.givenNames())));
      boolean sameFamily =
          Set.copyOf(Names.nameTokens(a.familyNames()))
              .equals(Set.copyOf(Names.nameTokens(b.familyNames())));
      evidence.add(
          new MatchEvidence(Field.GIVEN_NAMES, nameAgreement(names.given(), sameGiven, false)));
      evidence.add(
          new MatchEvidence(Field.FAMILY_NAMES, nameAgreement(names.family(), sameFamily, false)));
    }
    String idA = NationalIds.shape(a.country(), a.nationalId());
    String idB = NationalIds.shape(a.country(), b.nationalId());
    if (!idA.isEmpty() && !idB.isEmpty() && sameCountry(a, b)) {
      evidence.add(new MatchEvidence(Field.NATIONAL_ID, agreement(idA.equals(idB))));
    }
    String emailA = Names.fold(a.email());
    String emailB = Names.fold(b.email());
    if (!emailA.isEmpty() && !emailB.isEmpty()) {
      evidence.add(new MatchEvidence(Field.EMAIL, agreement(emailA.equals(emailB))));
    }
    if ("FM".indexOf(a.sex()) >= 0 && "FM".indexOf(b.sex()) >= 0) {
      evidence.add(new MatchEvidence(Field.SEX, agreement(a.sex() == b.sex())));
    }
    add(
        evidence,
        Field.INSTITUTION,
        WorkplaceAgreement.institutions(a.institution(), b.institution()));
    add(evidence, Field.WORK_CITY, WorkplaceAgreement.cities(a.city(), b.city()));
    if (!isBlank(a.country()) && !isBlank(b.country())) {
      evidence.add(new MatchEvidence(Field.WORK_COUNTRY, agreement(sameCountry(a, b))));
    }
    return evidence;
  }

  private static MatchEvidence.Agreement nameAgreement(
      double logOdds, boolean same, boolean swapped) {
    if (logOdds <= 0.0) {
      return MatchEvidence.Agreement.DIFFERENT;
    } else if (swapped) {
      return MatchEvidence.Agreement.SWAPPED;
    }
    return same ? MatchEvidence.Agreement.SAME : MatchEvidence.Agreement.SIMILAR;
  }

  private static MatchEvidence.Agreement agreement(boolean same) {
    return same ? MatchEvidence.Agreement.SAME : MatchEvidence.Agreement.DIFFERENT;
  }

  private static void add(List<MatchEvidence> evidence, Field field, Agreement agreement) {
    switch (agreement) {
      case AGREE -> evidence.add(new MatchEvidence(field, MatchEvidence.Agreement.SAME));
      case DISAGREE -> evidence.add(new MatchEvidence(field, MatchEvidence.Agreement.DIFFERENT));
      case UNKNOWN -> {
        // an acronym or a missing name: no evidence either way
      }
    }
  }

  private static boolean differentIds(PersonFacts a, PersonFacts b) {
    String idA = NationalIds.shape(a.country(), a.nationalId());
    String idB = NationalIds.shape(a.country(), b.nationalId());
    return !idA.isEmpty() && !idB.isEmpty() && sameCountry(a, b) && !idA.equals(idB);
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
