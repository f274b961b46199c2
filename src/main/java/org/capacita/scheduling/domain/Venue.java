package org.capacita.scheduling.domain;

import java.util.Objects;
import org.capacita.people.domain.City;

/** Where a workshop takes place: a named venue, its address and its city. */
public record Venue(String name, String address, City city) {

  public Venue {
    Objects.requireNonNull(name);
    Objects.requireNonNull(city);
  }
}
