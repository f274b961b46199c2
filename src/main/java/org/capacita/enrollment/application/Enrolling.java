package org.capacita.enrollment.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.people.application.People;
import org.capacita.people.domain.Person;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.SignUpMode;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;

/**
 * Enrols, cancels, approves and promotes, each in one transaction that first locks the workshop row
 * ({@code SELECT ... FOR UPDATE}). Seat counters live on that row, so simultaneous sign-ups on any
 * number of app instances queue on the lock and capacity is never exceeded. Who may act is decided
 * here too, from the {@link Actor}: leads and the workshop's trainers for anyone, others only for
 * their own person; anything else is "not found".
 */
@Stateless
public class Enrolling {

  private static final Logger LOG = Logger.getLogger(Enrolling.class.getName());

  @Inject private Workshops workshops;
  @Inject private Enrolments enrolments;
  @Inject private People people;
  @Inject private EnrolmentMails mails;

  public EnrolmentResult enrol(long workshopId, long personId, Actor actor) {
    Instant now = Instant.now();
    Workshop workshop = workshops.lock(workshopId).orElseThrow(NotFoundException::new);
    boolean manages = actor.manages(workshop);
    if (!manages && !actor.isPerson(personId)) {
      throw new NotFoundException();
    }
    if (manages) {
      workshop.checkTakesEnrolments();
    } else {
      workshop.checkSelfSignUp(now);
    }
    Person person =
        people
            .find(personId)
            .filter(p -> !p.isMerged())
            .orElseThrow(
                () ->
                    BusinessRuleException.onField(
                        "personId", "enrollment.person.unknown", String.valueOf(personId)));
    Enrolment enrolment =
        enrolments
            .findLocked(workshop, personId)
            .orElseGet(() -> enrolments.add(new Enrolment(workshop, personId, now)));
    Integer position = null;
    if (!manages && workshop.getSignUpMode() == SignUpMode.APPROVAL) {
      enrolment.open(EnrolmentStatus.REQUESTED, null, actor.accountId(), now);
    } else if (workshop.seats().take()) {
      enrolment.open(EnrolmentStatus.ENROLLED, null, actor.accountId(), now);
    } else {
      enrolment.open(
          EnrolmentStatus.WAITLISTED, workshop.seats().joinWaitlist(), actor.accountId(), now);
      position = workshop.seats().waitlisted();
    }
    mails.tell(person, workshop, Notice.of(enrolment.getStatus()), position);
    LOG.fine(() -> "Person " + personId + " " + enrolment.getStatus() + " in " + workshopId);
    return new EnrolmentResult(enrolment, position);
  }

  /**
   * Cancels a person's enrolment; a freed seat goes to the first waitlisted person. Returns the
   * persons promoted from the waitlist (none, or the one who took the seat).
   */
  public List<Long> cancel(long workshopId, long personId, Actor actor) {
    Instant now = Instant.now();
    Workshop workshop = workshops.lock(workshopId).orElseThrow(NotFoundException::new);
    if (!actor.manages(workshop) && !actor.isPerson(personId)) {
      throw new NotFoundException();
    }
    workshop.checkTakesEnrolments();
    Enrolment enrolment =
        enrolments
            .findLocked(workshop, personId)
            .filter(Enrolment::isActive)
            .orElseThrow(NotFoundException::new);
    EnrolmentStatus was = enrolment.cancel(actor.accountId(), now);
    if (was == EnrolmentStatus.ENROLLED) {
      workshop.seats().freed();
    } else if (was == EnrolmentStatus.WAITLISTED) {
      workshop.seats().leftWaitlist();
    }
    people.find(personId).ifPresent(p -> mails.tell(p, workshop, Notice.CANCELLED, null));
    return promoteWhileSeatsLeft(workshop, now);
  }

  /** Grants a requested place: a seat if one is left, else the end of the waitlist. */
  public EnrolmentResult approve(long workshopId, long personId, Actor actor) {
    Instant now = Instant.now();
    Workshop workshop =
        workshops.lock(workshopId).filter(actor::manages).orElseThrow(NotFoundException::new);
    workshop.checkTakesEnrolments();
    Enrolment enrolment =
        enrolments.findLocked(workshop, personId).orElseThrow(NotFoundException::new);
    Integer position = null;
    if (workshop.seats().take()) {
      enrolment.approve(EnrolmentStatus.ENROLLED, null, actor.accountId(), now);
    } else {
      enrolment.approve(
          EnrolmentStatus.WAITLISTED, workshop.seats().joinWaitlist(), actor.accountId(), now);
      position = workshop.seats().waitlisted();
    }
    Integer shown = position;
    people
        .find(personId)
        .ifPresent(p -> mails.tell(p, workshop, Notice.of(enrolment.getStatus()), shown));
    return new EnrolmentResult(enrolment, position);
  }

  /**
   * A walk-in (see {@link EnrolmentStatus#WALK_IN}): a person the workshop's lead or trainer admits
   * on the spot takes part from now on, whether or not a seat is left, and holds none; one
   * waitlisted leaves the waitlist. Returns the enrolment (unchanged for one taking part already).
   */
  public Enrolment walkIn(long workshopId, long personId, Actor actor) {
    Instant now = Instant.now();
    Workshop workshop =
        workshops.lock(workshopId).filter(actor::manages).orElseThrow(NotFoundException::new);
    workshop.checkTakesEnrolments();
    people
        .find(personId)
        .filter(p -> !p.isMerged())
        .orElseThrow(
            () ->
                BusinessRuleException.onField(
                    "personId", "enrollment.person.unknown", String.valueOf(personId)));
    Enrolment enrolment =
        enrolments
            .findLocked(workshop, personId)
            .orElseGet(() -> enrolments.add(new Enrolment(workshop, personId, now)));
    if (enrolment.walkIn(actor.accountId(), now) == EnrolmentStatus.WAITLISTED) {
      workshop.seats().leftWaitlist();
    }
    LOG.fine(() -> "Person " + personId + " " + enrolment.getStatus() + " in " + workshopId);
    return enrolment;
  }

  /**
   * Fills free seats from the head of the waitlist, in FIFO order. The caller's transaction holds
   * the lock on the workshop row. Returns the persons promoted, in order.
   */
  public List<Long> promoteWhileSeatsLeft(Workshop workshop, Instant now) {
    List<Long> promoted = new ArrayList<>();
    if (workshop.seats().left() == 0 || workshop.seats().waitlisted() == 0) {
      return promoted;
    }
    List<Enrolment> waiting = enrolments.waitlistLocked(workshop);
    for (Enrolment next : waiting) {
      if (workshop.seats().left() == 0) {
        return promoted;
      }
      next.promote(null, now);
      workshop.seats().promotedFromWaitlist();
      people
          .find(next.getPersonId())
          .ifPresent(p -> mails.tell(p, workshop, Notice.PROMOTED, null));
      promoted.add(next.getPersonId());
      LOG.fine(() -> "Person " + next.getPersonId() + " promoted in " + workshop.getId());
    }
    return promoted;
  }
}
