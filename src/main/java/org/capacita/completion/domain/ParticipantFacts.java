package org.capacita.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Person;

/**
 * Who the participant was when they completed: name as registered, sex, sector, institution and
 * workplace city, region and country, copied from the registry then (certificates print the name).
 * A health worker trained in 2025 still counts as health training after moving to another ministry.
 */
@Embeddable
public class ParticipantFacts {

  @Column(name = "holder_name", length = 250)
  private String holderName;

  @Column(length = 1)
  private String sex;

  @Column(name = "sector_code", length = 40)
  private String sectorCode;

  @Column(name = "institution_id")
  private Long institutionId;

  @Column(name = "institution_name", length = 200)
  private String institutionName;

  @Column(name = "work_city", length = 120)
  private String workCity;

  @Column(name = "work_region", length = 8)
  private String workRegion;

  @Column(name = "work_country", length = 2)
  private String workCountry;

  protected ParticipantFacts() {}

  /** What the registry holds about the person now. */
  public static ParticipantFacts of(Person person) {
    ParticipantFacts facts = new ParticipantFacts();
    facts.holderName = person.fullName();
    facts.sex = person.getSex().name().substring(0, 1);
    facts.sectorCode = person.getSector().getCode();
    facts.institutionId = person.getInstitution().getId();
    facts.institutionName = person.getInstitution().getName();
    City city = person.getWorkCity();
    facts.workCity = city.getName();
    facts.workRegion = city.getRegionCode();
    facts.workCountry = person.getWorkCountry().getCode();
    return facts;
  }

  /** Given and family names as registered when the completion was recorded. */
  public String getHolderName() {
    return holderName;
  }

  /** F, M, X or U, as in the registry. */
  public String getSex() {
    return sex;
  }

  public String getSectorCode() {
    return sectorCode;
  }

  public Long getInstitutionId() {
    return institutionId;
  }

  public String getInstitutionName() {
    return institutionName;
  }

  public String getWorkCity() {
    return workCity;
  }

  public String getWorkRegion() {
    return workRegion;
  }

  public String getWorkCountry() {
    return workCountry;
  }
}
