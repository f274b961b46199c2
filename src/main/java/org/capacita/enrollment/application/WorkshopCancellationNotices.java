package org.capacita.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.people.application.People;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopCancelled;

/**
 * Tells enrolled, walked-in, waitlisted and requesting people that their workshop was cancelled (a
 * walk-in of the first session expects the next ones as much as anyone enrolled).
 */
@ApplicationScoped
public class WorkshopCancellationNotices {

  @Inject private Enrolments enrolments;
  @Inject private People people;
  @Inject private EnrolmentMails mails;

  void cancelled(@Observes WorkshopCancelled event) {
    Workshop workshop = event.workshop();
    for (EnrolmentStatus status :
        new EnrolmentStatus[] {
          EnrolmentStatus.ENROLLED,
          EnrolmentStatus.WALK_IN,
          EnrolmentStatus.WAITLISTED,
          EnrolmentStatus.REQUESTED
        }) {
      enrolments.withStatusLocked(workshop, status).stream()
          .map(e -> people.find(e.getPersonId()))
          .flatMap(java.util.Optional::stream)
          .forEach(p -> mails.tell(p, workshop, Notice.WORKSHOP_CANCELLED, null));
    }
  }
}
