package org.capacita.enrollment.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.capacita.infrastructure.mail.MailMessage;
import org.capacita.people.domain.Person;
import org.capacita.scheduling.domain.Workshop;

/**
 * What a mail about a workshop tells one person, already in the reader's language where it is words
 * (the workshop's title); {@link #compose} turns it into the mail, without a container.
 */
public record EnrolmentMail(
    Notice notice,
    String fullName,
    String workshopTitle,
    String venue,
    String city,
    LocalDate firstDay,
    LocalTime firstStart,
    Integer position,
    String cancelReason) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /**
   * The notice about {@code workshop} for {@code person}, titled for a reader of {@code locale}.
   */
  public static EnrolmentMail of(
      Notice notice, Person person, Workshop workshop, Integer position, Locale locale) {
    return new EnrolmentMail(
        notice,
        person.fullName(),
        workshop.title(locale),
        workshop.getVenueName(),
        workshop.getCity().getName(),
        workshop.getFirstDay(),
        workshop.getSessions().get(0).getStart(),
        position,
        workshop.getCancelReason());
  }

  /**
   * The mail to {@code address} in {@code locale}. Subject and body of every notice take the same
   * arguments: {0} the person, {1} the workshop, {2} the venue, {3} the city, {4} the first day,
   * {5} the waitlist position, {6} the reason for a cancellation, {7} the first session's start.
   */
  public MailMessage compose(String address, Locale locale) {
    return MailMessage.fromBundle(address, locale, notice.key(), arguments(locale));
  }

  private Object[] arguments(Locale locale) {
    return new Object[] {
      fullName,
      workshopTitle,
      venue,
      city,
      DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(firstDay),
      position == null ? "" : position.toString(),
      cancelReason == null ? "" : cancelReason,
      TIME.format(firstStart)
    };
  }
}
