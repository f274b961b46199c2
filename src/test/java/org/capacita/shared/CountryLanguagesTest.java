package org.capacita.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.capacita.shared.i18n.CountryLanguages;
import org.capacita.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The language for someone known only by the country they are in. */
class CountryLanguagesTest {

  @Test
  void shouldWriteSpanishInTheSpanishSpeakingCountriesOfLatinAmerica() {
    for (String country :
        new String[] {
          "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "GT", "HN", "MX", "NI", "PA", "PE", "PR",
          "PY", "SV", "UY", "VE"
        }) {
      assertEquals(Messages.SPANISH, CountryLanguages.of(country), country);
    }
    assertEquals(Messages.SPANISH, CountryLanguages.of("ES"));
    assertEquals(Messages.SPANISH, CountryLanguages.of(" cl "));
  }

  @Test
  void shouldWriteSpanishToPortugueseSpeakersUntilThereIsAPortugueseBundle() {
    assertEquals(Messages.SPANISH, CountryLanguages.of("BR"));
    assertEquals(Messages.SPANISH, CountryLanguages.of("PT"));
  }

  @Test
  void shouldWriteEnglishElsewhere() {
    for (String country : new String[] {"US", "CA", "BZ", "GY", "SR", "HT", "XX", ""}) {
      assertEquals(Messages.ENGLISH, CountryLanguages.of(country), country);
    }
    assertEquals(Messages.ENGLISH, CountryLanguages.of(null));
  }
}
