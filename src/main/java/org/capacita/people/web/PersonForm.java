package org.capacita.people.web;

import java.io.Serializable;
import org.capacita.people.application.PersonInput;
import org.capacita.people.application.ValidSex;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonDetails;
import org.capacita.shared.validation.OptionalEmail;
import org.capacita.shared.validation.OptionalText;
import org.capacita.shared.validation.RequiredText;

/** The fields of the person form, checked by the same rules as {@link PersonInput}. */
public class PersonForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @RequiredText private String givenNames;
  @RequiredText private String familyNames;
  @ValidSex private String sex = "U";
  @OptionalEmail private String email;
  @OptionalText private String phone;
  @OptionalText private String nationalId;
  @RequiredText private String institution;
  @RequiredText private String sector;
  @OptionalText private String position;
  @RequiredText private String workCity;
  @RequiredText private String workCountry;

  static PersonForm of(Person person) {
    PersonDetails details = person.details();
    PersonForm form = new PersonForm();
    form.givenNames = details.givenNames();
    form.familyNames = details.familyNames();
    form.sex = details.sex().name();
    form.email = details.email();
    form.phone = details.phone();
    form.nationalId = details.nationalId();
    form.institution = person.getInstitution().getName();
    form.sector = person.getSector().getCode();
    form.position = details.position();
    form.workCity = person.getWorkCity().getName();
    form.workCountry = person.getWorkCountry().getCode();
    return form;
  }

  public PersonInput toInput() {
    return new PersonInput(
        givenNames,
        familyNames,
        sex,
        email,
        phone,
        nationalId,
        institution,
        sector,
        position,
        workCity,
        workCountry);
  }

  public String getGivenNames() {
    return givenNames;
  }

  public void setGivenNames(String givenNames) {
    this.givenNames = givenNames;
  }

  public String getFamilyNames() {
    return familyNames;
  }

  public void setFamilyNames(String familyNames) {
    this.familyNames = familyNames;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getNationalId() {
    return nationalId;
  }

  public void setNationalId(String nationalId) {
    this.nationalId = nationalId;
  }

  public String getInstitution() {
    return institution;
  }

  public void setInstitution(String institution) {
    this.institution = institution;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getPosition() {
    return position;
  }

  public void setPosition(String position) {
    this.position = position;
  }

  public String getWorkCity() {
    return workCity;
  }

  public void setWorkCity(String workCity) {
    this.workCity = workCity;
  }

  public String getWorkCountry() {
    return workCountry;
  }

  public void setWorkCountry(String workCountry) {
    this.workCountry = workCountry;
  }
}
