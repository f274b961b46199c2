package org.capacita.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import org.capacita.shared.i18n.Messages;

/**
 * A day typed in a field, as {@code YYYY-MM-DD} (what a date input posts) or in the page's language
 * ({@code 14/01/2027} in Spanish, {@code 1/14/2027} in English, four-digit years), given on as
 * {@code YYYY-MM-DD} text. A field that cannot be read keeps its text and shows the field's {@code
 * converterMessage}, else {@code day.invalid}.
 */
@FacesConverter("capacita.day")
public class DayConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Locale locale = context.getViewRoot().getLocale();
    return parse(value, locale)
        .map(LocalDate::toString)
        .orElseThrow(
            () ->
                new ConverterException(
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, Messages.get(locale, "day.invalid"), null)));
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }

  /** The day {@code text} names, ISO or in the locale's short form with a four-digit year. */
  public static Optional<LocalDate> parse(String text, Locale locale) {
    String day = text.strip();
    try {
      return Optional.of(LocalDate.parse(day));
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDate.parse(day, local(locale)));
      } catch (DateTimeParseException notLocalEither) {
        return Optional.empty();
      }
    }
  }

  private static DateTimeFormatter local(Locale locale) {
    String pattern =
        DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale)
            .replaceAll("y+", "uuuu");
    return DateTimeFormatter.ofPattern(pattern, locale).withResolverStyle(ResolverStyle.STRICT);
  }
}
