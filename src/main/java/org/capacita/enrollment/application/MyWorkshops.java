package org.capacita.enrollment.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.shared.security.Caller;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * The workshops of the signed-in caller's own person, for "my workshops": every enrolment that is
 * not cancelled, with the place in the queue when waitlisted (1 = next). None for an account
 * without a person.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class MyWorkshops {

  @Inject private CurrentCaller callers;
  @Inject private Enrolments enrolments;

  public List<EnrolmentResult> enrolments() {
    Long personId = callers.find().map(Caller::personId).orElse(null);
    if (personId == null) {
      return List.of();
    }
    return enrolments.ofPerson(personId).stream()
        .filter(Enrolment::isActive)
        .map(e -> new EnrolmentResult(e, position(e)))
        .toList();
  }

  private Integer position(Enrolment enrolment) {
    if (enrolment.getStatus() != EnrolmentStatus.WAITLISTED) {
      return null;
    }
    int index = enrolments.queue(enrolment.getWorkshop()).indexOf(enrolment.getQueueNumber());
    return index < 0 ? null : index + 1;
  }
}
