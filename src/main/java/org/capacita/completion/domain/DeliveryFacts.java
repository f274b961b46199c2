package org.capacita.completion.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What was delivered, copied into a completion when it is recorded: the first and last day (of the
 * workshop's sessions, or of the online enrolment), the venue's city, region and country (empty
 * online), the project and the trainers' names as they were then.
 */
@Embeddable
public class DeliveryFacts {

  @Column(name = "first_day")
  private LocalDate firstDay;

  @Column(name = "last_day")
  private LocalDate lastDay;

  @Column(name = "venue_city", length = 120)
  private String venueCity;

  @Column(name = "venue_region", length = 8)
  private String venueRegion;

  @Column(name = "venue_country", length = 2)
  private String venueCountry;

  @Column(length = 255)
  private String project;

  @Column(length = 1000)
  private String trainers;

  protected DeliveryFacts() {}

  private DeliveryFacts(
      LocalDate firstDay,
      LocalDate lastDay,
      String venueCity,
      String venueRegion,
      String venueCountry,
      String project,
      List<String> trainers) {
    this.firstDay = Objects.requireNonNull(firstDay);
    this.lastDay = Objects.requireNonNull(lastDay);
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("A delivery ends on or after its first day");
    }
    this.venueCity = venueCity;
    this.venueRegion = venueRegion;
    this.venueCountry = venueCountry;
    this.project = project;
    String joined = String.join("; ", trainers);
    this.trainers = joined.isEmpty() ? null : cut(joined, 1000);
  }

  /** A workshop: its session days, venue, project and trainers. */
  public static DeliveryFacts workshop(
      LocalDate firstDay,
      LocalDate lastDay,
      String venueCity,
      String venueRegion,
      String venueCountry,
      String project,
      List<String> trainers) {
    return new DeliveryFacts(
        firstDay,
        lastDay,
        Objects.requireNonNull(venueCity),
        venueRegion,
        Objects.requireNonNull(venueCountry),
        project,
        trainers);
  }

  /** Online: from the day the person started to the day they completed; no venue, no trainers. */
  public static DeliveryFacts online(LocalDate startedOn, LocalDate completedOn) {
    LocalDate first = startedOn.isAfter(completedOn) ? completedOn : startedOn;
    return new DeliveryFacts(first, completedOn, null, null, null, null, List.of());
  }

  private static String cut(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public String getVenueCity() {
    return venueCity;
  }

  public String getVenueRegion() {
    return venueRegion;
  }

  public String getVenueCountry() {
    return venueCountry;
  }

  public String getProject() {
    return project;
  }

  /** The trainers' names, as they were when the completion was recorded. */
  public List<String> getTrainers() {
    return trainers == null ? List.of() : List.of(trainers.split("; "));
  }
}
