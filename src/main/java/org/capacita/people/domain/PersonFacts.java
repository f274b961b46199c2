package org.capacita.people.domain;

/**
 * What the duplicate finder knows about one person record: the facts {@link PersonMatcher}
 * compares. Names are kept as typed; the matcher folds them. Missing optional facts are {@code
 * null} (or blank), never guessed.
 *
 * @param givenNames one or more given names as typed, e.g. "María José"
 * @param familyNames one or two family names in one string, e.g. "Santos Pérez", "da Silva Souza"
 * @param sex 'F' female, 'M' male, 'X' other, 'U' not stated (any other value is read as 'U')
 * @param email an e-mail address, or {@code null}
 * @param nationalId the national ID as typed ("12.345.678-9"), or {@code null}
 * @param country ISO 3166-1 alpha-2 code of the workplace country, e.g. "CL"
 * @param institution the name of the workplace institution, or {@code null}
 * @param city the name of the workplace city, or {@code null}
 */
public record PersonFacts(
    String givenNames,
    String familyNames,
    char sex,
    String email,
    String nationalId,
    String country,
    String institution,
    String city) {

  /** Replaces missing names by empty strings and reads the sex as upper-case F, M, X or U. */
  public PersonFacts {
    givenNames = givenNames == null ? "" : givenNames;
    familyNames = familyNames == null ? "" : familyNames;
    sex = Character.toUpperCase(sex);
    sex = "FMX".indexOf(sex) >= 0 ? sex : 'U';
  }

  /** Whether both records state a sex, female or male, and the two disagree. */
  public boolean conflictingSex(PersonFacts other) {
    return (sex == 'F' && other.sex == 'M') || (sex == 'M' && other.sex == 'F');
  }
}
