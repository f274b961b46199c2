package org.capacita.attendance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.capacita.attendance.domain.AttendanceChange;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.attendance.domain.AttendanceMark;
import org.capacita.attendance.domain.MarkInput;
import org.capacita.attendance.domain.MarkRows;
import org.capacita.attendance.domain.RollCallSave;
import org.capacita.attendance.domain.SessionRef;
import org.capacita.attendance.domain.StatusChoice;
import org.capacita.enrollment.application.Enrolments;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;

/**
 * Writes attendance, each call one transaction. A check-in (QR, typed code) marks one person
 * present; who may check whom in is the caller's business, here only the rule that the person takes
 * part in the workshop (enrolled or walked in) is kept. A roll-call save writes all its rows or
 * none, for the workshop's lead or trainers only (anyone else: not found), in a constant number of
 * statements whatever the roster's size: one locking read of the workshop, one of the ids of those
 * taking part, one of the rows' marks, one reservation of all the ids the save needs, one batch of
 * updates of changed marks ({@link MarkUpdates}), then EclipseLink's batched inserts of new marks
 * and of the audit (RollCallStatementsIT counts them).
 */
@Stateless
public class Attendance {

  private static final Logger LOG = Logger.getLogger(Attendance.class.getName());

  @Inject private Workshops workshops;
  @Inject private Enrolments enrolments;
  @Inject private AttendanceStatuses statuses;
  @Inject private Marks marks;
  @Inject private RollCallSaves saves;
  @Inject private MarkUpdates updates;

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
    Workshop workshop = session(workshops.find(workshopId), sessionNumber);
    requireTakesPart(workshop, List.of(personId), id -> "personId");
    SessionRef session = new SessionRef(workshopId, sessionNumber);
    StatusChoice choice = statuses.choice();
    AttendanceMark mark = markOf(session, personId, marks.of(session, List.of(personId)));
    mark.checkIn(
            choice.present(),
            choice.of(mark.getStatusCode()).orElse(null),
            channel,
            by,
            Instant.now())
        .ifPresent(marks::record);
    LOG.fine(() -> "Person " + personId + " checked in to " + session + " by " + channel);
  }

  /**
   * Saves a roll call: every row or none. With a client key, a second save with the same key
   * changes nothing and answers as the first did.
   */
  public SaveResult save(
      SessionRef session,
      List<MarkInput> input,
      String clientKey,
      AttendanceChannel channel,
      Actor actor) {
    Instant now = Instant.now();
    Workshop workshop =
        session(
            workshops.lock(session.workshopId()).filter(actor::manages), session.sessionNumber());
    if (clientKey != null) {
      RollCallSave.checkedKey(clientKey);
      var earlier = saves.find(session, clientKey);
      if (earlier.isPresent()) {
        return new SaveResult(earlier.get().getRowsSaved(), true);
      }
    }
    checkOpen(workshop);
    MarkRows rows = MarkRows.checked(input, statuses.choice());
    requireTakesPart(workshop, rows.personIds(), rows::personField);
    Map<Long, AttendanceMark> existing = marks.detachedOf(session, rows.personIds());
    List<AttendanceMark> added = new ArrayList<>();
    List<AttendanceMark> changed = new ArrayList<>();
    List<AttendanceChange> changes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      MarkInput row = rows.row(i);
      AttendanceMark mark = existing.get(row.personId());
      if (mark == null) {
        mark = new AttendanceMark(session, row.personId());
        added.add(mark);
      }
      var change = mark.change(rows.status(i), row.note(), channel, actor.accountId(), now);
      if (change.isPresent()) {
        changes.add(change.get());
        if (!mark.isNew()) {
          changed.add(mark);
        }
      }
    }
    RollCallSave save =
        clientKey == null
            ? null
            : new RollCallSave(session, clientKey, actor.accountId(), now, changes.size());
    updates.write(changed);
    marks.store(save, added, changes);
    LOG.fine(
        () ->
            "Roll call of " + session + ": " + changes.size() + " of " + rows.size() + " changed");
    return new SaveResult(changes.size(), false);
  }

  /** The person's mark in the session from those loaded, or a new one (stored). */
  AttendanceMark markOf(SessionRef session, long personId, Map<Long, AttendanceMark> loaded) {
    AttendanceMark mark = loaded.get(personId);
    if (mark == null) {
      mark = new AttendanceMark(session, personId);
      marks.add(mark);
      loaded.put(personId, mark);
    }
    return mark;
  }

  /** The workshop, if found and it has that session; else not found. */
  static Workshop session(java.util.Optional<Workshop> found, int sessionNumber) {
    Workshop workshop = found.orElseThrow(NotFoundException::new);
    if (workshop.getSessions().stream().noneMatch(s -> s.getNumber() == sessionNumber)) {
      throw new NotFoundException();
    }
    return workshop;
  }

  /** A cancelled or closed workshop's attendance is not changed (closure re-opens first). */
  static void checkOpen(Workshop workshop) {
    if (workshop.getStatus() == WorkshopStatus.CANCELLED
        || workshop.getStatus() == WorkshopStatus.CLOSED) {
      throw new BusinessRuleException("attendance.rollCall.notOpen." + workshop.getStatus());
    }
  }

  /**
   * Refuses the first of these persons who does not take part in the workshop. One person (a
   * check-in) reads their own enrolment; more read the ids of all who take part, in one query
   * whatever their number.
   */
  void requireTakesPart(Workshop workshop, List<Long> personIds, LongFunction<String> field) {
    Set<Long> taking =
        personIds.size() == 1
            ? enrolments.activeOf(workshop, personIds).stream()
                .filter(e -> e.getStatus().takesPart())
                .map(Enrolment::getPersonId)
                .collect(Collectors.toSet())
            : new HashSet<>(enrolments.takingPart(workshop));
    for (Long personId : personIds) {
      if (!taking.contains(personId)) {
        throw BusinessRuleException.onField(
            field.apply(personId), "attendance.rollCall.notEnrolled", String.valueOf(personId));
      }
    }
  }

  /** What a save did: how many marks changed, and whether it was a repeat of an earlier send. */
  public record SaveResult(int changed, boolean repeated) {}
}
