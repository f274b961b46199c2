package org.capacita.people.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.capacita.people.application.Places;
import org.capacita.people.domain.Country;
import org.capacita.people.domain.Sector;
import org.capacita.shared.web.LocaleSelector;

/** Names of sectors and countries in the page's language, and the lists for select menus. */
@Named
@RequestScoped
public class PlaceNames {

  @Inject private Places places;
  @Inject private LocaleSelector localeSelector;

  private Map<String, Sector> sectors;
  private Map<String, Country> countries;

  public String sector(String code) {
    Sector sector = sectors().get(code);
    return sector == null ? code : sector.name(locale());
  }

  public String country(String code) {
    Country country = countries().get(code);
    return country == null ? code : country.name(locale());
  }

  public List<Sector> getSectorList() {
    return List.copyOf(sectors().values());
  }

  public List<Country> getCountryList() {
    return countries().values().stream()
        .sorted((a, b) -> a.name(locale()).compareToIgnoreCase(b.name(locale())))
        .toList();
  }

  private Locale locale() {
    return localeSelector.getLocale();
  }

  private Map<String, Sector> sectors() {
    if (sectors == null) {
      sectors = index(places.sectors(), Sector::getCode);
    }
    return sectors;
  }

  private Map<String, Country> countries() {
    if (countries == null) {
      countries = index(places.countries(), Country::getCode);
    }
    return countries;
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream()
        .collect(
            Collectors.toMap(key, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }
}
