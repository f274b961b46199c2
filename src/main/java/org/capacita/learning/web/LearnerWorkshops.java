package org.capacita.learning.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.capacita.enrollment.application.EnrolmentResult;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopStatus;

/**
 * The learner's workshops on "Mi aprendizaje": upcoming ones (a seat or a request, soonest first),
 * those they wait for (with their place in the queue) and past ones they had a seat in (latest
 * first; a cancelled one did not take place). A workshop is past once its last day is over at the
 * venue.
 */
public record LearnerWorkshops(List<Row> upcoming, List<Row> waitlisted, List<Row> past) {

  public static final LearnerWorkshops NONE = new LearnerWorkshops(List.of(), List.of(), List.of());

  static LearnerWorkshops of(List<EnrolmentResult> enrolments, Locale locale) {
    List<Row> rows =
        enrolments.stream()
            .map(e -> Row.of(e, locale))
            .sorted(Comparator.comparing(Row::firstDay))
            .toList();
    return new LearnerWorkshops(
        rows.stream().filter(r -> !r.past() && !r.waitlisted()).toList(),
        rows.stream().filter(r -> !r.past() && r.waitlisted()).toList(),
        rows.stream()
            .filter(r -> r.past() && !r.cancelled() && "ENROLLED".equals(r.status()))
            .sorted(Comparator.comparing(Row::firstDay).reversed())
            .toList());
  }

  public boolean none() {
    return upcoming.isEmpty() && waitlisted.isEmpty() && past.isEmpty();
  }

  /** One workshop of the learner's, and where they stand in it. */
  public record Row(
      long id,
      String title,
      LocalDate firstDay,
      LocalDate lastDay,
      String city,
      String status,
      Integer position,
      boolean cancelled,
      boolean past) {

    static Row of(EnrolmentResult result, Locale locale) {
      Workshop workshop = result.enrolment().getWorkshop();
      return new Row(
          workshop.getId(),
          workshop.title(locale),
          workshop.getFirstDay(),
          workshop.getLastDay(),
          workshop.getCity().getName(),
          result.enrolment().getStatus().name(),
          result.position(),
          workshop.getStatus() == WorkshopStatus.CANCELLED,
          workshop.getLastDay().isBefore(LocalDate.now(workshop.zone())));
    }

    public boolean waitlisted() {
      return EnrolmentStatus.WAITLISTED.name().equals(status);
    }

    /** Whether the workshop lasts one day only. */
    public boolean oneDay() {
      return firstDay.equals(lastDay);
    }
  }
}
