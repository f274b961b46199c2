package org.capacita.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayConverterTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void shouldReadTheDayAsADateInputPostsIt() {
    assertEquals(Optional.of(LocalDate.of(2027, 1, 14)), DayConverter.parse("2027-01-14", SPANISH));
  }

  @Test
  void shouldReadTheDayAsItIsWrittenInTheLanguageOfThePage() {
    assertEquals(Optional.of(LocalDate.of(2027, 1, 14)), DayConverter.parse("14/01/2027", SPANISH));
    assertEquals(Optional.of(LocalDate.of(2027, 1, 4)), DayConverter.parse(" 4/1/2027 ", SPANISH));
    assertEquals(
        Optional.of(LocalDate.of(2027, 1, 14)), DayConverter.parse("1/14/2027", Locale.ENGLISH));
  }

  @Test
  void shouldRefuseWhatIsNoDay() {
    assertEquals(Optional.empty(), DayConverter.parse("31/02/2027", SPANISH));
    assertEquals(Optional.empty(), DayConverter.parse("14/01/27", SPANISH));
    assertEquals(Optional.empty(), DayConverter.parse("14/01/2027", Locale.ENGLISH));
    assertEquals(Optional.empty(), DayConverter.parse("mañana", SPANISH));
  }
}
