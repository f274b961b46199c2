package org.capacita.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dates and times for pages, in the page's language. Moments that belong to no venue (sign-ins,
 * imports) are shown in the office's zone, {@code capacita.time-zone}.
 */
@Named
@RequestScoped
public class Formats {

  @Inject private LocaleSelector localeSelector;

  @Inject
  @ConfigProperty(name = "capacita.time-zone", defaultValue = "UTC")
  private String zone;

  /** The day a moment falls on in the office's zone, as a medium date. */
  public String dateOf(Instant instant) {
    return instant == null ? "" : day(LocalDate.ofInstant(instant, ZoneId.of(zone)));
  }

  public String day(LocalDate date) {
    if (date == null) {
      return "";
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(localeSelector.getLocale())
        .format(date);
  }

  /** A number such as hours: {@code 2.5} in English, {@code 2,5} in Spanish. */
  public String decimal(BigDecimal number) {
    return number == null
        ? ""
        : NumberFormat.getNumberInstance(localeSelector.getLocale()).format(number);
  }

  /** A moment as date and time in the office's zone, the zone named ("3 dic 2026, 14:05 UTC"). */
  public String instant(Instant instant) {
    if (instant == null) {
      return "";
    }
    ZoneId office = ZoneId.of(zone);
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(localeSelector.getLocale())
            .withZone(office)
            .format(instant)
        + " "
        + DateTimeFormatter.ofPattern("zzz", localeSelector.getLocale())
            .withZone(office)
            .format(instant);
  }
}
