package org.capacita.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Country;
import org.capacita.people.domain.Institution;
import org.capacita.people.domain.Names;
import org.capacita.people.domain.Sector;

/**
 * Countries, sectors, cities and institutions: looked up by code or by name without regard to
 * accents and case; cities and institutions named for the first time are added.
 */
@ApplicationScoped
public class Places {

  @PersistenceContext private EntityManager em;

  public Optional<Country> country(String code) {
    if (code == null || !code.strip().matches("[A-Za-z]{2}")) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(Country.class, code.strip().toUpperCase(Locale.ROOT)));
  }

  public List<Country> countries() {
    return em.createNamedQuery("Country.findAll", Country.class).getResultList();
  }

  public Optional<Sector> sector(String code) {
    return code == null
        ? Optional.empty()
        : Optional.ofNullable(em.find(Sector.class, code.strip()));
  }

  public List<Sector> sectors() {
    return em.createNamedQuery("Sector.findAll", Sector.class).getResultList();
  }

  public City city(Country country, String name) {
    return em.createNamedQuery("City.findByCountryAndName", City.class)
        .setParameter("country", country)
        .setParameter("folded", Names.fold(name))
        .getResultStream()
        .findFirst()
        .orElseGet(() -> persist(new City(country, name)));
  }

  public Institution institution(String name, Sector sector, City city) {
    return em.createNamedQuery("Institution.findByCountryAndName", Institution.class)
        .setParameter("country", city.getCountry())
        .setParameter("folded", Names.fold(name))
        .getResultStream()
        .findFirst()
        .orElseGet(() -> persist(new Institution(name, sector, city.getCountry(), city)));
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }
}
