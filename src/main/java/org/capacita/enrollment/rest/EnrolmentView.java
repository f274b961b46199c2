package org.capacita.enrollment.rest;

import org.capacita.enrollment.application.EnrolmentResult;

/** {@code {"personId","status","position"?}}; position only for the waitlisted, 1 = next. */
public record EnrolmentView(long personId, String status, Integer position) {

  public static EnrolmentView of(EnrolmentResult result) {
    return new EnrolmentView(
        result.enrolment().getPersonId(), result.enrolment().getStatus().name(), result.position());
  }
}
