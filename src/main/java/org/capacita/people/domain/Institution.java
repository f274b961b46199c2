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

/** A ministry, hospital, prosecutor's office, court, police unit or NGO, in one country. */
@Entity
@Table(name = "institution")
@NamedQuery(
    name = "Institution.findByCountryAndName",
    query = "SELECT i FROM Institution i WHERE i.country = :country AND i.nameFolded = :folded")
public class Institution extends BaseEntity {

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "name_folded", nullable = false, length = 200)
  private String nameFolded;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "sector_code", nullable = false)
  private Sector sector;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "country_code", nullable = false)
  private Country country;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "city_id")
  private City city;

  protected Institution() {}

  public Institution(String name, Sector sector, Country country, City city) {
    this.name = Names.clean(name);
    this.nameFolded = Names.fold(this.name);
    if (nameFolded.isEmpty()) {
      throw new IllegalArgumentException("An institution needs a name");
    }
    this.sector = Objects.requireNonNull(sector);
    this.country = Objects.requireNonNull(country);
    this.city = city;
  }

  public String getName() {
    return name;
  }

  public Sector getSector() {
    return sector;
  }

  public Country getCountry() {
    return country;
  }

  public City getCity() {
    return city;
  }
}
