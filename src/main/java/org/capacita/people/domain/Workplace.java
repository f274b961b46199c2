package org.capacita.people.domain;

import java.util.Objects;

/** Where a person works: institution, sector and city (whose country is the work country). */
public record Workplace(Institution institution, Sector sector, City city) {

  public Workplace {
    Objects.requireNonNull(institution);
    Objects.requireNonNull(sector);
    Objects.requireNonNull(city);
    if (!institution.getCountry().getCode().equals(city.getCountry().getCode())) {
      throw new IllegalArgumentException("The institution and the city are in one country");
    }
  }
}
