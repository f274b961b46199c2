package org.capacita.scheduling.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.capacita.scheduling.domain.WorkshopTitle;
import org.capacita.shared.i18n.Messages;

/**
 * A trainer of a workshop who trains another (not cancelled) workshop at the same time: the first
 * overlapping session of that other workshop, in its own venue's time zone.
 */
public record TrainerClash(
    long trainerId,
    String trainerName,
    long workshopId,
    WorkshopTitle workshopTitle,
    String city,
    LocalDate date,
    LocalTime start,
    LocalTime end,
    String timeZone) {

  public static final String CODE = "trainerDoubleBooked";
  public static final String KEY = "workshop.warning.trainerDoubleBooked";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** The warning as a sentence in {@code locale}. */
  public String message(Locale locale) {
    return Messages.get(locale, KEY, arguments(locale));
  }

  /** The message's arguments: trainer, workshop, city, day, start, end, time zone. */
  public Object[] arguments(Locale locale) {
    return new Object[] {
      trainerName,
      workshopTitle.in(locale),
      city,
      DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date),
      TIME.format(start),
      TIME.format(end),
      timeZone
    };
  }
}
