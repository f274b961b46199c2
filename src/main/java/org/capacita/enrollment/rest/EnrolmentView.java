package org.capacita.enrollment.rest;

import org.capacita.enrollment.application.EnrolmentResult;
import org.capacita.enrollment.application.WorkshopEnrolments;

/** {@code {"personId","status","position"?}}; position only for the waitlisted, 1 = next. */
public record EnrolmentView(long personId, String status, Integer position) {

  public static EnrolmentView of(WorkshopEnrolments.RosterLine line) {
    return new EnrolmentView(
        line.participant().enrolment().getPersonId(),
        line.participant().enrolment().getStatus().name(),
        line.position());
  }

  public static EnrolmentView of(EnrolmentResult result) {
    return new EnrolmentView(
        result.enrolment().getPersonId(), result.enrolment().getStatus().name(), result.position());
  }
}
