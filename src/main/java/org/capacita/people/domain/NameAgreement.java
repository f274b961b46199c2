package org.capacita.people.domain;

import java.util.List;

/**
 * Weighs two lists of folded name tokens as evidence, in log-odds: agreeing tokens add, conflicting
 * tokens subtract, a token present on one side only (a missing second surname or second given name)
 * is nearly neutral. Tokens are paired regardless of order; each token of the shorter list takes
 * its best partner in the longer list.
 */
final class NameAgreement {

  /**
   * Which part of a name the tokens come from. Given names also differ by gender endings (Juan,
   * Juana), unless both records state the same sex: then such a pair is a typo ("Ximean").
   */
  enum Part {
    GIVEN(2.2, 1.2, -6.0, -5.0),
    GIVEN_SAME_SEX(2.2, 1.2, -6.0, -5.0),
    FAMILY(2.2, 1.3, -4.5, -4.0);

    private final double first;
    private final double other;
    private final double firstConflict;
    private final double otherConflict;

    Part(double first, double other, double firstConflict, double otherConflict) {
      this.first = first;
      this.other = other;
      this.firstConflict = firstConflict;
      this.otherConflict = otherConflict;
    }
  }

  /** How well two tokens agree, with the share of a full agreement it is worth. */
  enum TokenMatch {
    EXACT(1.0),
    SOUNDS_ALIKE(0.9),
    TYPO(0.85),
    INITIAL(0.7),
    CONFLICT(-1.0);

    private final double value;

    TokenMatch(double value) {
      this.value = value;
    }
  }

  private static final double EXTRA_TOKEN = -0.1;
  private static final double MISSING_PART = -0.5;

  private NameAgreement() {}

  /** The log-odds that two name parts belong to the same person; symmetric in its arguments. */
  static double logOdds(List<String> a, List<String> b, Part part) {
    if (a.size() == b.size()) {
      return Math.max(pairUp(a, b, part), pairUp(b, a, part));
    }
    return a.size() < b.size() ? pairUp(a, b, part) : pairUp(b, a, part);
  }

  /** Gives each token of the shorter list its best unused partner in the longer one. */
  private static double pairUp(List<String> shorter, List<String> longer, Part part) {
    if (shorter.isEmpty()) {
      return longer.isEmpty() ? 0.0 : MISSING_PART;
    }
    boolean[] used = new boolean[longer.size()];
    double sum = EXTRA_TOKEN * (longer.size() - shorter.size());
    for (int i = 0; i < shorter.size(); i++) {
      int best = -1;
      TokenMatch bestMatch = TokenMatch.CONFLICT;
      for (int j = 0; j < longer.size(); j++) {
        if (used[j]) {
          continue;
        }
        TokenMatch match = match(shorter.get(i), longer.get(j), part);
        if (best < 0 || match.value > bestMatch.value) {
          best = j;
          bestMatch = match;
        }
      }
      used[best] = true;
      boolean first = i == 0;
      if (bestMatch == TokenMatch.CONFLICT) {
        sum += first ? part.firstConflict : part.otherConflict;
      } else {
        sum += bestMatch.value * (first ? part.first : part.other);
      }
    }
    return sum;
  }

  /** How two folded tokens agree. */
  static TokenMatch match(String x, String y, Part part) {
    if (x.equals(y)) {
      return TokenMatch.EXACT;
    }
    if (hasDigit(x) || hasDigit(y)) {
      // Numbers tell people apart in a typed list ("Camila 1", "Camila 12"): no initial, no typo.
      return TokenMatch.CONFLICT;
    }
    String shortOne = x.length() <= y.length() ? x : y;
    String longOne = shortOne == x ? y : x;
    if (isAbbreviation(shortOne, longOne)) {
      return TokenMatch.INITIAL;
    }
    if (shortOne.length() < 3 || (part == Part.GIVEN && isGenderPair(shortOne, longOne))) {
      return TokenMatch.CONFLICT;
    }
    if (Names.soundKey(x).equals(Names.soundKey(y))) {
      return TokenMatch.SOUNDS_ALIKE;
    }
    int edits = Similarity.editDistance(x, y);
    boolean typo =
        (shortOne.length() >= 4 && edits == 1)
            || (shortOne.length() >= 6
                && edits == 2
                && x.charAt(0) == y.charAt(0)
                && Similarity.jaroWinkler(x, y) >= 0.9);
    return typo ? TokenMatch.TYPO : TokenMatch.CONFLICT;
  }

  private static boolean hasDigit(String token) {
    return token.chars().anyMatch(Character::isDigit);
  }

  /** An initial ("j"), or a short vowel-poor abbreviation ("ma", "fco") of the longer token. */
  private static boolean isAbbreviation(String shortOne, String longOne) {
    if (shortOne.length() > 3 || shortOne.charAt(0) != longOne.charAt(0)) {
      return false;
    }
    if (shortOne.length() > 1 && shortOne.replaceAll("[^aeiou]", "").length() > 1) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < longOne.length() && at < shortOne.length(); i++) {
      if (longOne.charAt(i) == shortOne.charAt(at)) {
        at++;
      }
    }
    return at == shortOne.length();
  }

  /**
   * Spanish and Portuguese feminine and masculine forms of a given name: the feminine form adds a
   * final "a" to the masculine one, replaces its final "o", or moves its last "a" to the end
   * (Juan/Juana, Mario/María, Cristian/Cristina). A typo that makes such a pair is missed.
   */
  private static boolean isGenderPair(String x, String y) {
    String feminine = x.endsWith("a") ? x : y;
    String masculine = feminine == x ? y : x;
    if (masculine.endsWith("a")) {
      return false;
    }
    String stem = feminine.substring(0, feminine.length() - 1);
    int lastA = masculine.lastIndexOf('a');
    boolean endsInConsonant = "aeiou".indexOf(masculine.charAt(masculine.length() - 1)) < 0;
    return stem.equals(masculine)
        || (masculine.endsWith("o") && stem.equals(masculine.substring(0, masculine.length() - 1)))
        || (lastA > 0
            && endsInConsonant
            && stem.equals(masculine.substring(0, lastA) + masculine.substring(lastA + 1)));
  }
}
