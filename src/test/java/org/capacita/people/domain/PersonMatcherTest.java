package org.capacita.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.capacita.people.domain.MatchScore.Reason;
import org.junit.jupiter.api.Test;

/** The duplicate finder on a labelled set of invented Latin American person pairs, and by rule. */
class PersonMatcherTest {

  private static final double MIN_PRECISION = 0.98;
  private static final double MIN_RECALL = 0.80;

  private final PersonMatcher matcher = new PersonMatcher();

  @Test
  void shouldFindDuplicatesInTheLabelledSetPreciselyAndWithGoodRecall() {
    List<LabelledPairs.Pair> pairs = LabelledPairs.load("/people/matcher-pairs.csv");
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
    System.out.printf(
        Locale.ROOT,
        "Matcher on %d labelled pairs: precision %.3f, recall %.3f at threshold %.2f%n",
        pairs.size(),
        precision,
        recall,
        PersonMatcher.DEFAULT_THRESHOLD);

    assertTrue(pairs.size() >= 300, "labelled pairs: " + pairs.size());
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
