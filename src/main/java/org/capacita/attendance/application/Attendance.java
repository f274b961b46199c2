package org.capacita.attendance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.attendance.domain.AttendanceMark;
import org.capacita.attendance.domain.SessionRef;
import org.capacita.attendance.domain.StatusChoice;
import org.capacita.enrollment.application.Enrolments;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;

/**
 * Writes attendance, each call one transaction: a check-in (QR, typed code) marks one person
 * present. Who may check whom in is the caller's business; here only the rule that the person takes
 * part in the workshop (an enrolled person or a walk-in) is kept.
 */
@Stateless
public class Attendance {

  private static final Logger LOG = Logger.getLogger(Attendance.class.getName());

  @Inject private Workshops workshops;
  @Inject private Enrolments enrolments;
  @Inject private AttendanceStatuses statuses;
  @Inject private Marks marks;

  /** A check-in by no account in particular (the person's own, through a code). */
  public void checkIn(
      long workshopId, int sessionNumber, long personId, AttendanceChannel channel) {
    checkIn(workshopId, sessionNumber, personId, channel, null);
  }

  /**
   * Marks the person present in the session, keeping a status that counts as attended already (late
   * stays late), and audits the change. A person who does not take part is refused ({@code
   * attendance.rollCall.notEnrolled}, a 422); an unknown workshop or session is not found.
   */
  public void checkIn(
      long workshopId, int sessionNumber, long personId, AttendanceChannel channel, Long by) {
    Workshop workshop = session(workshopId, sessionNumber);
    requireTakesPart(workshop, List.of(personId));
    SessionRef session = new SessionRef(workshopId, sessionNumber);
    StatusChoice choice = statuses.choice();
    AttendanceMark mark = marks.of(session, List.of(personId)).getOrDefault(personId, null);
    if (mark == null) {
      mark = new AttendanceMark(session, personId);
      marks.add(mark);
    }
    AttendanceMark checked = mark;
    checked
        .checkIn(
            choice.present(),
            choice.of(checked.getStatusCode()).orElse(null),
            channel,
            by,
            Instant.now())
        .ifPresent(marks::record);
    LOG.fine(() -> "Person " + personId + " checked in to " + session + " by " + channel);
  }

  /** The workshop, if it has that session; else not found. */
  Workshop session(long workshopId, int sessionNumber) {
    Workshop workshop = workshops.find(workshopId).orElseThrow(NotFoundException::new);
    if (workshop.getSessions().stream().noneMatch(s -> s.getNumber() == sessionNumber)) {
      throw new NotFoundException();
    }
    return workshop;
  }

  /** Refuses the first of these persons who does not take part in the workshop. */
  void requireTakesPart(Workshop workshop, List<Long> personIds) {
    java.util.Set<Long> taking =
        enrolments.activeOf(workshop, personIds).stream()
            .filter(e -> e.getStatus().takesPart())
            .map(Enrolment::getPersonId)
            .collect(java.util.stream.Collectors.toSet());
    for (Long personId : personIds) {
      if (!taking.contains(personId)) {
        throw BusinessRuleException.onField(
            "personId", "attendance.rollCall.notEnrolled", String.valueOf(personId));
      }
    }
  }
}
