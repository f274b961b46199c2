package org.capacita.attendance.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopSession;

/**
 * What pages and sheets say about a session, in the reader's language: the workshop's title, the
 * session's number, day and times in the venue's zone (named), the venue and its city.
 */
public record SessionFacts(
    long workshopId,
    int number,
    String title,
    String day,
    String start,
    String end,
    String zone,
    String venue,
    String city)
    implements Serializable {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  public static SessionFacts of(Workshop workshop, WorkshopSession session, Locale locale) {
    return new SessionFacts(
        workshop.getId(),
        session.getNumber(),
        workshop.title(locale),
        DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
            .withLocale(locale)
            .format(session.getDate()),
        TIME.format(session.getStart()),
        TIME.format(session.getEnd()),
        workshop.getTimeZone(),
        workshop.getVenueName(),
        workshop.getCity().getName());
  }

  public static SessionFacts of(ManagedSession managed, Locale locale) {
    return of(managed.workshop(), managed.session(), locale);
  }

  /** A moment as the venue's clock shows it ("09:12"). */
  public String clockAt(Instant instant) {
    return TIME.withZone(ZoneId.of(zone)).format(instant);
  }

  public long getWorkshopId() {
    return workshopId;
  }

  public int getNumber() {
    return number;
  }

  public String getTitle() {
    return title;
  }

  public String getDay() {
    return day;
  }

  public String getStart() {
    return start;
  }

  public String getEnd() {
    return end;
  }

  public String getZone() {
    return zone;
  }

  public String getVenue() {
    return venue;
  }

  public String getCity() {
    return city;
  }
}
