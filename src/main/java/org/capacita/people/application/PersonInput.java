package org.capacita.people.application;

import org.capacita.people.domain.PersonDetails;
import org.capacita.people.domain.Sex;
import org.capacita.shared.validation.OptionalEmail;
import org.capacita.shared.validation.OptionalText;
import org.capacita.shared.validation.RequiredText;

/**
 * A person as a form, the API or an import row gives it: codes for sector and country, names for
 * institution and city. Field names are those of {@code POST /api/v1/people}.
 */
public record PersonInput(
    @RequiredText String givenNames,
    @RequiredText String familyNames,
    @ValidSex String sex,
    @OptionalEmail String email,
    @OptionalText String phone,
    @OptionalText String nationalId,
    @RequiredText String institution,
    @RequiredText String sector,
    @OptionalText String position,
    @RequiredText String workCity,
    @RequiredText String workCountry) {

  /** Names, sex and contact details, for a valid input. */
  public PersonDetails details() {
    return new PersonDetails(
        givenNames, familyNames, Sex.valueOf(sex), email, phone, nationalId, position);
  }
}
