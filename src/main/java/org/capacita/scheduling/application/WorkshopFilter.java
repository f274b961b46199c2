package org.capacita.scheduling.application;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.shared.domain.InvalidInputException;

/**
 * What a workshop list is narrowed to: a period (workshops with a day in it), a city (matched
 * accent-insensitively), a country (ISO alpha-2), a module code, a trainer's account and a status;
 * null means any.
 */
public record WorkshopFilter(
    LocalDate from,
    LocalDate to,
    String city,
    String country,
    String moduleCode,
    Long trainerId,
    WorkshopStatus status) {

  public WorkshopFilter {
    city = blankToNull(city);
    country = blankToNull(country);
    moduleCode = blankToNull(moduleCode);
  }

  /**
   * The filter a query string or a page's parameters give, field names as in {@code GET
   * /api/v1/workshops}; a malformed value is an {@link InvalidInputException} naming its field.
   */
  public static WorkshopFilter parse(Texts texts) {
    return new WorkshopFilter(
        date("from", texts.from()),
        date("to", texts.to()),
        texts.city(),
        country(texts.country()),
        texts.moduleCode(),
        trainer(texts.trainerId()),
        status(texts.status()));
  }

  /** The same filter, narrowed to workshops trained by the account {@code accountId}. */
  public WorkshopFilter trainedBy(long accountId) {
    return new WorkshopFilter(from, to, city, country, moduleCode, accountId, status);
  }

  /** The same filter, its period narrowed to the days {@code first} to {@code last}. */
  public WorkshopFilter within(LocalDate first, LocalDate last) {
    LocalDate start = from == null || from.isBefore(first) ? first : from;
    LocalDate end = to == null || to.isAfter(last) ? last : to;
    return new WorkshopFilter(start, end, city, country, moduleCode, trainerId, status);
  }

  /** The same filter, its period starting on {@code day} at the earliest. */
  public WorkshopFilter startingOn(LocalDate day) {
    LocalDate start = from == null || from.isBefore(day) ? day : from;
    return new WorkshopFilter(start, to, city, country, moduleCode, trainerId, status);
  }

  /** Whether no day can match: the period ends before it starts. */
  public boolean isEmptyPeriod() {
    return from != null && to != null && to.isBefore(from);
  }

  /** The filter's values as text, as a query string or a page's parameters give them. */
  public record Texts(
      String from,
      String to,
      String city,
      String country,
      String moduleCode,
      String trainerId,
      String status) {}

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "workshop.date.invalid");
    }
  }

  private static String country(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String code = text.strip().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{2}")) {
      throw new InvalidInputException("country", "workshop.country.unknown", text.strip());
    }
    return code;
  }

  private static Long trainer(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("trainerId", "workshop.filter.trainerInvalid");
    }
  }

  private static WorkshopStatus status(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return WorkshopStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "workshop.filter.statusInvalid");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
