package org.capacita.people.domain;

/**
 * What is known about a person apart from where they work: names, sex and how to reach them. Names
 * are kept as typed (trimmed); e-mail in lower case; optional values empty become null.
 */
public record PersonDetails(
    String givenNames,
    String familyNames,
    Sex sex,
    String email,
    String phone,
    String nationalId,
    String position) {

  public PersonDetails {
    givenNames = Names.clean(givenNames);
    familyNames = Names.clean(familyNames);
    if (givenNames.isEmpty() || familyNames.isEmpty()) {
      throw new IllegalArgumentException("A person has given names and family names");
    }
    sex = sex == null ? Sex.U : sex;
    email = blankToNull(email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT));
    phone = blankToNull(phone);
    nationalId = blankToNull(nationalId);
    position = blankToNull(position);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The national ID as pages show it: only its last three characters. */
  public String maskedNationalId() {
    if (nationalId == null) {
      return null;
    }
    int visible = Math.min(3, nationalId.length());
    return "•".repeat(Math.max(3, nationalId.length() - visible))
        + nationalId.substring(nationalId.length() - visible);
  }
}
