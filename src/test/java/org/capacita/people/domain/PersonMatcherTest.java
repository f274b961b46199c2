package org.capacita.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.capacita.people.domain.MatchScore.Reason;
import org.junit.jupiter.api.Test;

/** The duplicate finder on a labelled set of invented Latin American person pairs, and by rule. */
class PersonMatcherTest {

  private static final double MIN_PRECISION = 0.995;
  private static final double MIN_RECALL = 0.99;
  private static final int MIN_PEOPLE = 1_000;

  private final PersonMatcher matcher = new PersonMatcher();

  /**
   * The hand-written pairs of {@code matcher-pairs.csv} and the generated registry of {@link
   * GeneratedRegistry} together: precision and recall at the review queue's threshold.
   */
  @Test
  void shouldFindDuplicatesInTheLabelledSetPreciselyAndWithHighRecall() {
    List<LabelledPairs.Pair> pairs =
        new ArrayList<>(LabelledPairs.load("/people/matcher-pairs.csv"));
    GeneratedRegistry registry = GeneratedRegistry.generate();
    registry.pairs().stream()
        .map(p -> new LabelledPairs.Pair(p.same(), p.kind(), p.a(), p.b()))
        .forEach(pairs::add);
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    for (LabelledPairs.Pair pair : pairs) {
      boolean candidate =
          matcher.isCertain(pair.a(), pair.b())
              || matcher.score(pair.a(), pair.b()).score() >= PersonMatcher.DEFAULT_THRESHOLD;
      if (candidate && pair.same()) {
        truePositives++;
      } else if (candidate) {
        falsePositives++;
        report("false positive", pair);
      } else if (pair.same()) {
        falseNegatives++;
        report("missed", pair);
      }
    }
    double precision = truePositives / (double) (truePositives + falsePositives);
    double recall = truePositives / (double) (truePositives + falseNegatives);
    long same = pairs.stream().filter(LabelledPairs.Pair::same).count();
    System.out.printf(
        Locale.ROOT,
        "Matcher on %d labelled pairs (%d same person, %d different; %d generated people): precision"
            + " %.3f, recall %.3f at threshold %.2f (%d false positives, %d missed)%n",
        pairs.size(),
        same,
        pairs.size() - same,
        registry.people(),
        precision,
        recall,
        PersonMatcher.DEFAULT_THRESHOLD,
        falsePositives,
        falseNegatives);

    assertTrue(registry.people() >= MIN_PEOPLE, "generated people: " + registry.people());
    assertTrue(precision >= MIN_PRECISION, "precision " + precision);
    assertTrue(recall >= MIN_RECALL, "recall " + recall);
  }

  @Test
  void shouldScoreEveryLabelledPairTheSameWayRoundInTheUnitInterval() {
    for (LabelledPairs.Pair pair : LabelledPairs.load("/people/matcher-pairs.csv")) {
      MatchScore ab = matcher.score(pair.a(), pair.b());
      MatchScore ba = matcher.score(pair.b(), pair.a());
      assertEquals(ab.score(), ba.score(), 1e-9, pair.toString());
      assertTrue(ab.score() >= 0.0 && ab.score() <= 1.0, pair.toString());
    }
  }

  @Test
  void shouldTreatTheSameNationalIdAndCountryAsCertain() {
    PersonFacts a = person("Camila", "Rojas Soto", 'F', null, "12.345.678-5", "CL");
    PersonFacts b = person("Kamila", "Rojas", 'U', null, "123456785", "CL");

    assertTrue(matcher.isCertain(a, b));
    assertEquals(MatchScore.certainMatch(), matcher.score(a, b));
  }

  @Test
  void shouldNotTreatTheSameNumberInAnotherCountryAsCertain() {
    PersonFacts a = person("Rosa", "Quispe Mamani", 'F', null, "40123456", "PE");
    PersonFacts b = person("Rosa", "Quispe Mamani", 'F', null, "40123456", "AR");

    assertFalse(matcher.isCertain(a, b));
    assertFalse(matcher.score(a, b).certain());
  }

  @Test
  void shouldRuleOutDifferentNationalIdsInTheSameCountryWhateverTheNames() {
    PersonFacts a = person("Juan Carlos", "Pérez González", 'M', null, "12.345.678-5", "CL");
    PersonFacts b = person("Juan Carlos", "Pérez González", 'M', null, "9.876.543-3", "CL");

    MatchScore score = matcher.score(a, b);

    assertTrue(score.score() < 0.1, "score " + score);
    assertEquals(Reason.DIFFERENT_NATIONAL_ID, score.reason());
  }

  @Test
  void shouldNotMatchColleaguesWhoShareAnOfficeEmail() {
    PersonFacts carolina = person("Carolina", "Muñoz Soto", 'F', "oirs@hospital.cl", null, "CL");
    PersonFacts patricia = person("Patricia", "Muñoz", 'F', "OIRS@hospital.cl", null, "CL");

    assertTrue(matcher.score(carolina, patricia).score() < PersonMatcher.DEFAULT_THRESHOLD);
  }

  @Test
  void shouldTakeTheSameEmailAsStrongEvidenceWhenTheNamesAgree() {
    PersonFacts a = person("María José", "Santos Pérez", 'F', "mjsantos@gmail.com", null, "CL");
    PersonFacts b = person("Maria Jose", "Santos", 'U', "MJSantos@gmail.com", null, "CL");

    MatchScore score = matcher.score(a, b);

    assertTrue(score.score() >= PersonMatcher.DEFAULT_THRESHOLD, "score " + score);
    assertEquals(Reason.SAME_EMAIL, score.reason());
  }

  @Test
  void shouldMatchAMissingSecondSurname() {
    assertCandidate(
        person("Javiera", "Santos Pérez", 'F', null, null, "CL"),
        person("Javiera", "Santos", 'F', null, null, "CL"));
  }

  @Test
  void shouldMatchSwappedGivenAndFamilyNames() {
    assertCandidate(
        person("Gonzalo", "Tapia Araya", 'M', null, null, "CL"),
        person("Tapia Araya", "Gonzalo", 'M', null, null, "CL"));
  }

  @Test
  void shouldMatchInitialsOfGivenNames() {
    assertCandidate(
        person("María José", "Vergara Lagos", 'F', null, null, "CL"),
        person("M. José", "Vergara Lagos", 'F', null, null, "CL"));
  }

  @Test
  void shouldMatchTyposAndSpellingVariants() {
    assertCandidate(
        person("Yesenia", "Vásquez Huamán", 'F', null, null, "PE"),
        person("Yessenia", "Vazquez Huaman", 'F', null, null, "PE"));
  }

  @Test
  void shouldIgnorePortugueseParticles() {
    assertCandidate(
        person("Ana Paula", "da Silva Souza", 'F', null, null, "BR"),
        person("Ana Paula", "Silva Souza", 'F', null, null, "BR"));
  }

  @Test
  void shouldNotMatchNamesakesInOtherCitiesAndInstitutions() {
    PersonFacts arica =
        new PersonFacts("Juan", "Pérez", 'M', null, null, "CL", "Fiscalía Regional", "Arica");
    PersonFacts calama =
        new PersonFacts("Juan", "Pérez", 'M', null, null, "CL", "Hospital de Calama", "Calama");

    assertTrue(matcher.score(arica, calama).score() < PersonMatcher.DEFAULT_THRESHOLD);
  }

  @Test
  void shouldNotMatchTheMasculineAndFeminineFormOfAName() {
    PersonFacts gabriel = person("Gabriel", "Rojas Fuentes", 'U', null, null, "CL");
    PersonFacts gabriela = person("Gabriela", "Rojas Fuentes", 'U', null, null, "CL");

    assertTrue(matcher.score(gabriel, gabriela).score() < PersonMatcher.DEFAULT_THRESHOLD);
  }

  @Test
  void shouldNotMatchNamesakesTellingThemselvesApartByNumber() {
    PersonFacts first =
        new PersonFacts("Camila 1", "González Rojas", 'F', null, null, "CL", "Hospital", "Arica");
    PersonFacts twelfth =
        new PersonFacts("Camila 12", "González Rojas", 'F', null, null, "CL", "Hospital", "Arica");
    PersonFacts again =
        new PersonFacts("Camila 12", "Gonzalez Rojas", 'F', null, null, "CL", "Hospital", "Arica");

    assertTrue(matcher.score(first, twelfth).score() < PersonMatcher.DEFAULT_THRESHOLD);
    assertCandidate(twelfth, again);
  }

  @Test
  void shouldLowerTheScoreStronglyForConflictingSex() {
    PersonFacts stated = person("Cristian", "Vidal Mora", 'M', null, null, "CL");
    PersonFacts conflicting = person("Cristina", "Vidal Mora", 'F', null, null, "CL");
    PersonFacts unstated = person("Cristina", "Vidal Mora", 'U', null, null, "CL");

    double withConflict = matcher.score(stated, conflicting).score();

    assertTrue(withConflict < 0.2, "score " + withConflict);
    assertTrue(withConflict < matcher.score(stated, unstated).score());
  }

  @Test
  void shouldReadLowerCaseAndUnknownSexCodes() {
    assertEquals('F', person("Ana", "Lima", 'f', null, null, "BR").sex());
    assertEquals('U', person("Ana", "Lima", '?', null, null, "BR").sex());
  }

  @Test
  void shouldMatchAMarriedNameAlsoInCapitals() {
    assertCandidate(
        inHospital("Ximena", "Morales Gómez", 'F'), inHospital("XIMENA", "MORALES de Rivera", 'F'));
    assertEquals(
        List.of(
            new MatchEvidence(MatchEvidence.Field.GIVEN_NAMES, MatchEvidence.Agreement.SAME),
            new MatchEvidence(MatchEvidence.Field.FAMILY_NAMES, MatchEvidence.Agreement.SIMILAR),
            new MatchEvidence(MatchEvidence.Field.SEX, MatchEvidence.Agreement.SAME),
            new MatchEvidence(MatchEvidence.Field.INSTITUTION, MatchEvidence.Agreement.SAME),
            new MatchEvidence(MatchEvidence.Field.WORK_CITY, MatchEvidence.Agreement.SAME),
            new MatchEvidence(MatchEvidence.Field.WORK_COUNTRY, MatchEvidence.Agreement.SAME)),
        matcher.explain(
            inHospital("Ximena", "Morales Gómez", 'F'),
            inHospital("XIMENA", "MORALES de Rivera", 'F')));
  }

  @Test
  void shouldNotReadAMansSurnameAfterDeAsAMarriedName() {
    PersonFacts a = new PersonFacts("Luis", "Morales Gómez", 'M', null, null, "CL", null, "Arica");
    PersonFacts b =
        new PersonFacts("Luis", "Morales de Rivera", 'M', null, null, "CL", null, "Arica");

    assertFalse(matcher.score(a, b).isCandidate(PersonMatcher.DEFAULT_THRESHOLD));
  }

  @Test
  void shouldMatchHyphensTyposInBothNamesAndATypoWithADroppedSurname() {
    assertCandidate(
        inHospital("Rocío", "Díaz Castro", 'F'), inHospital("Rocio", "Díaz-Castro", 'F'));
    assertCandidate(
        inHospital("Sofía", "González Jara", 'F'), inHospital("Sfoía", "Gonzále Jara", 'F'));
    assertCandidate(inHospital("Héctor", "Pérez Soto", 'M'), inHospital("Héctor", "Péerz", 'M'));
  }

  @Test
  void shouldSayWhenGivenAndFamilyNamesWereTypedIntoEachOthersFields() {
    List<MatchEvidence> reasons =
        matcher.explain(
            inHospital("Gonzalo", "Tapia Araya", 'M'), inHospital("Tapia Araya", "Gonzalo", 'M'));

    assertEquals(MatchEvidence.Agreement.SWAPPED, reasons.get(0).agreement());
    assertEquals(MatchEvidence.Agreement.SWAPPED, reasons.get(1).agreement());
  }

  @Test
  void shouldCompareNationalIdsInTheirCountrysShape() {
    PersonFacts cochabamba = person("Lourdes", "Montaño Ortiz", 'F', null, "4800867 LP", "BO");
    PersonFacts again = person("Lourdes", "Montano", 'F', null, "4800867", "BO");
    PersonFacts brasilia = person("Ana", "Lima", 'F', null, "123.456.789-09", "BR");
    PersonFacts typedAgain = person("Ana", "Lima", 'F', null, "12345678909", "BR");

    assertTrue(matcher.isCertain(cochabamba, again));
    assertTrue(matcher.isCertain(brasilia, typedAgain));
    assertEquals("12345678K", NationalIds.shape("CL", "12.345.678-k"));
    assertEquals("40123456", NationalIds.shape("PE", "040123456"));
  }

  @Test
  void shouldRefuseTheSameNameAndInstitutionWithAnotherNationalId() {
    PersonFacts a =
        new PersonFacts(
            "Rosa", "Silva Pérez", 'F', null, "18.301.179-0", "CL", "CESFAM Aguirre", "Santiago");
    PersonFacts b =
        new PersonFacts(
            "ROSA", "Silva Pérez", 'F', null, "9.876.543-3", "CL", "CESFAM Aguirre", "Santiago");

    assertFalse(matcher.score(a, b).isCandidate(PersonMatcher.DEFAULT_THRESHOLD));
    assertTrue(
        matcher
            .explain(a, b)
            .contains(
                new MatchEvidence(
                    MatchEvidence.Field.NATIONAL_ID, MatchEvidence.Agreement.DIFFERENT)));
  }

  private static PersonFacts inHospital(String given, String family, char sex) {
    return new PersonFacts(
        given, family, sex, null, null, "CL", "Hospital Regional de Antofagasta", "Antofagasta");
  }

  private void assertCandidate(PersonFacts a, PersonFacts b) {
    MatchScore score = matcher.score(a, b);
    assertTrue(score.isCandidate(PersonMatcher.DEFAULT_THRESHOLD), "score " + score);
  }

  private static PersonFacts person(
      String given, String family, char sex, String email, String nationalId, String country) {
    return new PersonFacts(given, family, sex, email, nationalId, country, null, null);
  }

  private void report(String what, LabelledPairs.Pair pair) {
    System.out.printf(
        Locale.ROOT,
        "  %s (%s, score %.3f):%n    %s%n    %s%n",
        what,
        pair.kind(),
        matcher.score(pair.a(), pair.b()).score(),
        pair.a(),
        pair.b());
  }
}
