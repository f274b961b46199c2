package org.capacita.scheduling.rest;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.capacita.scheduling.application.TrainerClash;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopSession;

/** A workshop as the API shows it: dates {@code YYYY-MM-DD}, times {@code HH:mm} at the venue. */
public record WorkshopView(
    long id,
    String moduleCode,
    String moduleTitle,
    String title,
    String project,
    String venue,
    String venueAddress,
    String city,
    String region,
    String country,
    String timeZone,
    int capacity,
    int enrolled,
    int waitlisted,
    int seatsLeft,
    String signUpMode,
    String signUpDeadline,
    String status,
    String cancellationReason,
    BigDecimal hours,
    List<Long> trainerIds,
    List<SessionView> sessions,
    List<Warning> warnings) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** One session, numbered from 1 in time order. */
  public record SessionView(int number, String date, String start, String end, BigDecimal hours) {

    static SessionView of(WorkshopSession session) {
      return new SessionView(
          session.getNumber(),
          session.getDate().toString(),
          TIME.format(session.getStart()),
          TIME.format(session.getEnd()),
          session.hours());
    }
  }

  /**
   * Something to know about a saved workshop that did not stop the save: {@code
   * trainerDoubleBooked} names a trainer and the other workshop they train at the same time.
   */
  public record Warning(String code, long trainerId, long workshopId, String message) {

    static Warning of(TrainerClash clash, Locale locale) {
      return new Warning(
          TrainerClash.CODE, clash.trainerId(), clash.workshopId(), clash.message(locale));
    }
  }

  /** The workshop with the warnings its save gave (shown as {@code "warnings"}, maybe empty). */
  public static WorkshopView saved(Workshop workshop, List<TrainerClash> clashes, Locale locale) {
    return of(workshop, locale, clashes.stream().map(c -> Warning.of(c, locale)).toList());
  }

  /** The workshop without warnings (no {@code "warnings"} member). */
  public static WorkshopView of(Workshop workshop, Locale locale) {
    return of(workshop, locale, null);
  }

  private static WorkshopView of(Workshop workshop, Locale locale, List<Warning> warnings) {
    return new WorkshopView(
        workshop.getId(),
        workshop.getModule().getCode(),
        workshop.getModule().title(locale),
        workshop.title(locale),
        workshop.getProject(),
        workshop.getVenueName(),
        workshop.getVenueAddress(),
        workshop.getCity().getName(),
        workshop.getCity().getRegionCode(),
        workshop.getCountry().getCode(),
        workshop.getTimeZone(),
        workshop.seats().capacity(),
        workshop.seats().enrolled(),
        workshop.seats().waitlisted(),
        workshop.seats().left(),
        workshop.getSignUpMode().name(),
        workshop.getSignUpDeadline() == null ? null : workshop.getSignUpDeadline().toString(),
        workshop.getStatus().name(),
        workshop.getCancelReason(),
        workshop.hours(),
        workshop.getTrainerIds().stream().sorted().toList(),
        workshop.getSessions().stream().map(SessionView::of).toList(),
        warnings);
  }
}
