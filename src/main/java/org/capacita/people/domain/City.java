package org.capacita.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import org.capacita.shared.domain.BaseEntity;

/**
 * A city, known by its name within a country; names are matched without regard to accents or case
 * ("Copiapo" is "Copiapó"). Cities named for the first time are added to the list.
 */
@Entity
@Table(name = "city")
@NamedQuery(
    name = "City.findByCountryAndName",
    query = "SELECT c FROM City c WHERE c.country = :country AND c.nameFolded = :folded")
@NamedQuery(
    name = "City.findByCountry",
    query = "SELECT c FROM City c WHERE c.country = :country ORDER BY c.nameFolded")
public class City extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "country_code", nullable = false)
  private Country country;

  @Column(name = "region_code", length = 8)
  private String regionCode;

  @Column(nullable = false, length = 120)
  private String name;

  @Column(name = "name_folded", nullable = false, length = 120)
  private String nameFolded;

  protected City() {}

  public City(Country country, String name) {
    this.country = Objects.requireNonNull(country);
    this.name = Names.clean(name);
    this.nameFolded = Names.fold(this.name);
    if (nameFolded.isEmpty()) {
      throw new IllegalArgumentException("A city needs a name");
    }
  }

  public Country getCountry() {
    return country;
  }

  public String getRegionCode() {
    return regionCode;
  }

  public String getName() {
    return name;
  }
}
