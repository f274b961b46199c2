package org.capacita.people.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A sector or country cell names its item by code or by name, in English or Spanish. */
class ReferenceNamesTest {

  private record Item(String code, String en, String es) {}

  private static final ReferenceNames<Item> SECTORS =
      ReferenceNames.of(
          List.of(
              new Item("health", "Health", "Salud"),
              new Item("prosecution", "Prosecution", "Fiscalía / Ministerio Público"),
              new Item("law_enforcement", "Law enforcement (police)", "Policías"),
              new Item("social_services", "Social services", "Servicios sociales"),
              new Item("justice", "Justice (judiciary)", "Justicia (poder judicial)"),
              new Item("municipal", "Municipal government", "Gobierno municipal"),
              new Item("national", "National government", "Gobierno nacional")),
          Item::code,
          item -> List.of(item.en(), item.es()));

  private static final ReferenceNames<Item> COUNTRIES =
      ReferenceNames.of(
          List.of(
              new Item("CL", "Chile", "Chile"),
              new Item("PE", "Peru", "Perú"),
              new Item("US", "United States", "Estados Unidos"),
              new Item("ES", "Spain", "España")),
          Item::code,
          item -> List.of(item.en(), item.es()));

  @ParameterizedTest
  @CsvSource({
    "health, health",
    "Salud, health",
    "SALUD, health",
    "salud , health",
    "Health, health",
    "Policía, law_enforcement",
    "policias, law_enforcement",
    "Policías, law_enforcement",
    "police, law_enforcement",
    "Law enforcement (police), law_enforcement",
    "law_enforcement, law_enforcement",
    "Fiscalía, prosecution",
    "ministerio publico, prosecution",
    "Fiscalía / Ministerio Público, prosecution",
    "servicio social, social_services",
    "Justicia, justice",
  })
  void shouldFindASectorByCodeOrNameInEitherLanguage(String cell, String code) {
    assertEquals(Optional.of(code), SECTORS.find(cell).map(Item::code));
  }

  @ParameterizedTest
  @CsvSource({
    "Chile, CL",
    "chile, CL",
    "CL, CL",
    "cl, CL",
    "Perú, PE",
    "PERU, PE",
    "Estados Unidos, US",
    "united states, US",
    "espana, ES",
  })
  void shouldFindACountryByCodeOrNameInEitherLanguage(String cell, String code) {
    assertEquals(Optional.of(code), COUNTRIES.find(cell).map(Item::code));
  }

  @ParameterizedTest
  @ValueSource(strings = {"astronautas", "gobierno", "", "Chil", "salud publica"})
  void shouldRefuseWhatNamesNoneOrCouldNameTwo(String cell) {
    assertEquals(Optional.empty(), SECTORS.find(cell).or(() -> COUNTRIES.find(cell)));
  }
}
