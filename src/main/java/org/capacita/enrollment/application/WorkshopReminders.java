package org.capacita.enrollment.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.people.application.People;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopStatus;

/**
 * The reminder mail before a workshop: enrolled people (not waitlisted, requesting or cancelled) of
 * a scheduled workshop whose first session is still ahead and falls within the next N days in the
 * venue's time zone. Each is reminded once, even with several application instances: a conditional
 * update claims the enrolment, and only the instance whose update changed the row sends the mail.
 */
@Stateless
public class WorkshopReminders {

  private static final Logger LOG = Logger.getLogger(WorkshopReminders.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private People people;
  @Inject private EnrolmentMails mails;

  /** Ids of the enrolments to remind now, {@code daysBefore} days ahead of the first session. */
  public List<Long> due(Instant now, int daysBefore) {
    LocalDate widest = now.atOffset(ZoneOffset.MAX).toLocalDate().plusDays(daysBefore);
    return em
        .createNamedQuery("Enrolment.findDueForReminder", Enrolment.class)
        .setParameter("status", EnrolmentStatus.ENROLLED)
        .setParameter("workshopStatus", WorkshopStatus.SCHEDULED)
        .setParameter("now", now)
        .setParameter("lastDay", widest)
        .getResultList()
        .stream()
        .filter(e -> withinDays(e.getWorkshop(), now, daysBefore))
        .map(Enrolment::getId)
        .toList();
  }

  /**
   * Claims the enrolment and mails the person; false if another run or instance did already, or if
   * the workshop was cancelled (or the person left it) since the run listed it. The workshop's row
   * is locked first, as a cancellation locks it: a reminder is never sent after the notice that the
   * workshop is cancelled.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean remind(long enrolmentId, Instant now) {
    Enrolment listed = em.find(Enrolment.class, enrolmentId);
    if (listed == null) {
      return false;
    }
    Workshop workshop =
        em.find(Workshop.class, listed.getWorkshop().getId(), LockModeType.PESSIMISTIC_WRITE);
    em.refresh(listed);
    if (workshop.getStatus() != WorkshopStatus.SCHEDULED
        || listed.getStatus() != EnrolmentStatus.ENROLLED) {
      return false;
    }
    int claimed =
        em.createNamedQuery("Enrolment.markReminded")
            .setParameter("now", now)
            .setParameter("id", enrolmentId)
            .executeUpdate();
    if (claimed != 1) {
      return false;
    }
    Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
    people
        .find(enrolment.getPersonId())
        .ifPresent(person -> mails.tell(person, enrolment.getWorkshop(), Notice.REMINDER, null));
    LOG.fine(() -> "Reminder for enrolment " + enrolmentId);
    return true;
  }

  static boolean withinDays(Workshop workshop, Instant now, int daysBefore) {
    LocalDate today = now.atZone(workshop.zone()).toLocalDate();
    return !workshop.getFirstDay().isAfter(today.plusDays(daysBefore));
  }
}
