package org.capacita.people.web;

import java.io.Serializable;
import org.capacita.people.domain.Person;

/** A person as lists and the person page show them (getters: Jakarta EL 5 reads no records). */
public final class PersonRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final long id;
  private final String name;
  private final String sex;
  private final String email;
  private final String phone;
  private final String maskedNationalId;
  private final String institution;
  private final String sectorCode;
  private final String position;
  private final String workCity;
  private final String workCountry;

  private PersonRow(Person person) {
    var details = person.details();
    this.id = person.getId();
    this.name = person.fullName();
    this.sex = details.sex().name();
    this.email = details.email();
    this.phone = details.phone();
    this.maskedNationalId = details.maskedNationalId();
    this.institution = person.getInstitution().getName();
    this.sectorCode = person.getSector().getCode();
    this.position = details.position();
    this.workCity = person.getWorkCity().getName();
    this.workCountry = person.getWorkCountry().getCode();
  }

  public static PersonRow of(Person person) {
    return new PersonRow(person);
  }

  public long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getSex() {
    return sex;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getMaskedNationalId() {
    return maskedNationalId;
  }

  public String getInstitution() {
    return institution;
  }

  public String getSectorCode() {
    return sectorCode;
  }

  public String getPosition() {
    return position;
  }

  public String getWorkCity() {
    return workCity;
  }

  public String getWorkCountry() {
    return workCountry;
  }
}
