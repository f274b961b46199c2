package org.capacita.people.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Whether two records name the same workplace institution and city, as supporting evidence for the
 * matcher. Institution names are compared word by word ignoring case, accents and filler words,
 * with abbreviations allowed ("Hosp. Regional Antofagasta" agrees with "Hospital Regional de
 * Antofagasta"); a lone acronym such as "MIMP" cannot be compared.
 */
final class WorkplaceAgreement {

  /** The outcome of a comparison. */
  enum Agreement {
    AGREE,
    DISAGREE,
    UNKNOWN
  }

  private static final Set<String> FILLERS =
      Set.of("de", "del", "la", "el", "los", "las", "y", "da", "do", "dos", "das", "e");

  private WorkplaceAgreement() {}

  static Agreement cities(String a, String b) {
    String cityA = Names.fold(a);
    String cityB = Names.fold(b);
    if (cityA.isEmpty() || cityB.isEmpty()) {
      return Agreement.UNKNOWN;
    }
    return cityA.equals(cityB) ? Agreement.AGREE : Agreement.DISAGREE;
  }

  static Agreement institutions(String a, String b) {
    List<String> wordsA = words(a);
    List<String> wordsB = words(b);
    if (isAcronym(wordsA) || isAcronym(wordsB)) {
      return Agreement.UNKNOWN;
    }
    List<String> unmatched = new ArrayList<>(wordsB);
    int common = 0;
    for (String word : wordsA) {
      for (String other : unmatched) {
        if (word.equals(other)
            || (Math.min(word.length(), other.length()) >= 3
                && (word.startsWith(other) || other.startsWith(word)))) {
          unmatched.remove(other);
          common++;
          break;
        }
      }
    }
    double overlap = (double) common / Math.min(wordsA.size(), wordsB.size());
    double dice = 2.0 * common / (wordsA.size() + wordsB.size());
    double similarity = (overlap + dice) / 2.0;
    if (similarity >= 0.8) {
      return Agreement.AGREE;
    }
    return similarity < 0.5 ? Agreement.DISAGREE : Agreement.UNKNOWN;
  }

  /** An empty name, or one short word such as "MIMP" or "PDI". */
  private static boolean isAcronym(List<String> words) {
    return words.isEmpty() || (words.size() == 1 && words.get(0).length() <= 6);
  }

  private static List<String> words(String institution) {
    List<String> words = new ArrayList<>(Names.tokens(institution));
    words.removeAll(FILLERS);
    return words;
  }
}
