package org.capacita.people.rest;

import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonDetails;

/** A person as the API shows it; the national ID masked, as on pages. */
public record PersonView(
    long id,
    String givenNames,
    String familyNames,
    String sex,
    String email,
    String phone,
    String nationalId,
    String institution,
    String sector,
    String position,
    String workCity,
    String workCountry,
    Long mergedInto) {

  static PersonView of(Person person) {
    PersonDetails details = person.details();
    return new PersonView(
        person.getId(),
        details.givenNames(),
        details.familyNames(),
        details.sex().name(),
        details.email(),
        details.phone(),
        details.maskedNationalId(),
        person.getInstitution().getName(),
        person.getSector().getCode(),
        details.position(),
        person.getWorkCity().getName(),
        person.getWorkCountry().getCode(),
        person.isMerged() ? person.getMergedInto().getId() : null);
  }
}
