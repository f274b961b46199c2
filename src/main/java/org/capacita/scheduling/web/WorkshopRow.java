package org.capacita.scheduling.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.capacita.scheduling.domain.Workshop;

/** A workshop as lists and its page show it. */
public record WorkshopRow(
    long id,
    String title,
    String moduleTitle,
    String project,
    String venue,
    String venueAddress,
    String city,
    String countryCode,
    String timeZone,
    LocalDate firstDay,
    LocalDate lastDay,
    int capacity,
    int enrolled,
    int seatsLeft,
    int waitlisted,
    String signUpMode,
    String status,
    String cancelReason,
    BigDecimal hours,
    List<SessionLine> sessions)
    implements Serializable {
  public long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public String getModuleTitle() {
    return moduleTitle;
  }

  public String getProject() {
    return project;
  }

  public String getVenue() {
    return venue;
  }

  public String getVenueAddress() {
    return venueAddress;
  }

  public String getCity() {
    return city;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getEnrolled() {
    return enrolled;
  }

  public int getSeatsLeft() {
    return seatsLeft;
  }

  public int getWaitlisted() {
    return waitlisted;
  }

  public String getSignUpMode() {
    return signUpMode;
  }

  public String getStatus() {
    return status;
  }

  /** Whether its roster may still change: not once it is closed or cancelled. */
  public boolean isEnrolmentsOpen() {
    return !"CLOSED".equals(status) && !"CANCELLED".equals(status);
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public BigDecimal getHours() {
    return hours;
  }

  public List<SessionLine> getSessions() {
    return sessions;
  }

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  /** One session: number, date and times in the venue's zone. */
  public record SessionLine(int number, LocalDate date, String start, String end)
      implements Serializable {
    public int getNumber() {
      return number;
    }

    public LocalDate getDate() {
      return date;
    }

    public String getStart() {
      return start;
    }

    public String getEnd() {
      return end;
    }
  }

  public static WorkshopRow of(Workshop workshop, Locale locale) {
    return new WorkshopRow(
        workshop.getId(),
        workshop.title(locale),
        workshop.getModule().title(locale),
        workshop.getProject(),
        workshop.getVenueName(),
        workshop.getVenueAddress(),
        workshop.getCity().getName(),
        workshop.getCountry().getCode(),
        workshop.getTimeZone(),
        workshop.getFirstDay(),
        workshop.getLastDay(),
        workshop.seats().capacity(),
        workshop.seats().enrolled(),
        workshop.seats().left(),
        workshop.seats().waitlisted(),
        workshop.getSignUpMode().name(),
        workshop.getStatus().name(),
        workshop.getCancelReason(),
        workshop.hours(),
        workshop.getSessions().stream()
            .map(
                s ->
                    new SessionLine(
                        s.getNumber(),
                        s.getDate(),
                        TIME.format(s.getStart()),
                        TIME.format(s.getEnd())))
            .toList());
  }
}
