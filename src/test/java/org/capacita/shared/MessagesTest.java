package org.capacita.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.ValidationTexts;
import org.junit.jupiter.api.Test;

/** Choosing the language and finding the words. */
class MessagesTest {

  @Test
  void shouldTakeTheFirstSupportedLanguageOfTheBrowser() {
    assertEquals(Messages.SPANISH, Messages.negotiate(List.of(Locale.forLanguageTag("es-CL"))));
    assertEquals(
        Messages.SPANISH,
        Messages.negotiate(List.of(Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("es"))));
    assertEquals(Messages.ENGLISH, Messages.negotiate(List.of(Locale.forLanguageTag("pt-BR"))));
    assertEquals(Messages.ENGLISH, Messages.negotiate(List.of()));
  }

  @Test
  void shouldFormatArgumentsInTheChosenLanguage() {
    assertEquals(
        "Demasiados intentos fallidos. Vuelva a intentarlo en 30 segundos.",
        Messages.get(Locale.forLanguageTag("es-PE"), "login.throttled", 30));
    assertEquals("Welcome, ana.", Messages.get(Locale.GERMAN, "home.welcome", "ana"));
  }

  @Test
  void shouldInterpolateValidationMessagesInTheRequestLanguage() {
    String template = "{jakarta.validation.constraints.Size.message}";
    Map<String, Object> attributes = Map.of("min", 3, "max", 60);

    assertEquals(
        "Use entre 3 y 60 caracteres.",
        ValidationTexts.interpolate(template, attributes, Messages.SPANISH));
    assertEquals(
        "Use between 3 and 60 characters.",
        ValidationTexts.interpolate(template, attributes, Messages.ENGLISH));
  }
}
