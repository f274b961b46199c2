package org.capacita.attendance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.capacita.attendance.application.Attendance.SaveResult;
import org.capacita.attendance.domain.AttendanceChange;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.attendance.domain.AttendanceMark;
import org.capacita.attendance.domain.AttendanceStatus;
import org.capacita.attendance.domain.MarkInput;
import org.capacita.attendance.domain.SessionRef;
import org.capacita.enrollment.application.Enrolments;
import org.capacita.enrollment.application.Participants;
import org.capacita.enrollment.application.Participants.Participant;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.TrainerNames;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopSession;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * Roll calls for the signed-in caller (page and API alike): only a lead or a trainer of the
 * workshop sees or saves one; to anyone else the workshop and session do not exist (404).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class RollCalls {

  /**
   * The changes of a mark shown on the roll call, the latest first; the page says how many more.
   */
  public static final int HISTORY_SHOWN = 5;

  private static final Set<EnrolmentStatus> TAKING_PART =
      Set.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WALK_IN);

  @Inject private CurrentCaller callers;
  @Inject private Workshops workshops;
  @Inject private Enrolments enrolments;
  @Inject private Participants participants;
  @Inject private Marks marks;
  @Inject private Attendance attendance;
  @Inject private TrainerNames trainerNames;

  public Actor caller() {
    return Actor.of(callers.get());
  }

  /** Saves the rows, all or none (see {@link Attendance#save}). */
  public SaveResult save(
      SessionRef session, List<MarkInput> rows, String clientKey, AttendanceChannel channel) {
    return attendance.save(session, rows, clientKey, channel, caller());
  }

  /** Marks present everyone taking part who has no mark yet, in one save. */
  public SaveResult markAllPresent(SessionRef session, String clientKey) {
    Workshop workshop = managed(session);
    Set<Long> marked = new HashSet<>();
    marks.ofSession(session).forEach(m -> marked.add(m.getPersonId()));
    List<MarkInput> rows =
        enrolments.takingPart(workshop).stream()
            .filter(p -> !marked.contains(p))
            .map(p -> new MarkInput(p, AttendanceStatus.PRESENT, null))
            .toList();
    return save(session, rows, clientKey, AttendanceChannel.ROLL_CALL);
  }

  /**
   * The session's roster: everyone taking part (enrolled, or walked in), by name, each with their
   * mark (null while not marked).
   */
  public List<RosterMark> roster(SessionRef session) {
    Workshop workshop = managed(session);
    Map<Long, AttendanceMark> marked = new HashMap<>();
    marks.ofSession(session).forEach(m -> marked.put(m.getPersonId(), m));
    return participants.page(workshop, TAKING_PART, null, 0, Integer.MAX_VALUE).stream()
        .map(
            p ->
                new RosterMark(
                    p.enrolment().getPersonId(),
                    p.enrolment().getStatus() == EnrolmentStatus.WALK_IN,
                    marked.get(p.enrolment().getPersonId())))
        .toList();
  }

  /** One person of a session's roster, whether they walked in, and their mark (null: none). */
  public record RosterMark(long personId, boolean walkIn, AttendanceMark mark) {}

  public List<AttendanceChange> changes(SessionRef session) {
    managed(session);
    return marks.changesOfSession(session);
  }

  /** One page of the roll call: persons matching {@code query}, by name, with marks and audit. */
  public RollCallPage page(SessionRef session, String query, int first, int size) {
    return page(session, query, first, size, null);
  }

  /**
   * One page of the roll call as {@link #page(SessionRef, String, int, int)}, or with {@code
   * person} that person only, with every change of their mark.
   */
  public RollCallPage page(SessionRef session, String query, int first, int size, Long person) {
    Workshop workshop = managed(session);
    List<Participant> found =
        person == null
            ? participants.page(workshop, TAKING_PART, query, first, size)
            : participants.ofPerson(workshop, TAKING_PART, person);
    int shown = person == null ? HISTORY_SHOWN : Integer.MAX_VALUE;
    List<Long> ids = found.stream().map(p -> p.enrolment().getPersonId()).toList();
    Map<Long, AttendanceMark> marked = marks.of(session, ids);
    Map<Long, Integer> counts = new HashMap<>();
    Map<Long, List<RollCallLine.Audited>> history =
        history(marks.changesOf(session, ids), counts, shown);
    List<RollCallLine> lines =
        found.stream()
            .map(
                p -> {
                  long id = p.enrolment().getPersonId();
                  return new RollCallLine(
                      id,
                      p.name(),
                      p.institution(),
                      p.enrolment().getStatus() == EnrolmentStatus.WALK_IN,
                      marked.get(id),
                      history.getOrDefault(id, List.of()),
                      counts.getOrDefault(id, 0));
                })
            .toList();
    long takingPart = participants.count(workshop, TAKING_PART, null);
    long matching;
    if (person != null) {
      matching = found.size();
    } else {
      matching =
          query == null || query.isBlank()
              ? takingPart
              : participants.count(workshop, TAKING_PART, query);
    }
    return new RollCallPage(
        workshop,
        sessionOf(workshop, session.sessionNumber()),
        lines,
        matching,
        takingPart,
        marks.countOfSession(session));
  }

  /**
   * The latest {@value #HISTORY_SHOWN} changes of each person's mark, newest first; how many there
   * are in all comes with each line, so that a page of 100 persons marked 30 times each renders 500
   * lines of audit rather than 3,000.
   */
  private Map<Long, List<RollCallLine.Audited>> history(
      List<AttendanceChange> changes, Map<Long, Integer> counts, int shown) {
    Map<Long, String> names = new HashMap<>();
    Map<Long, List<RollCallLine.Audited>> history = new HashMap<>();
    for (AttendanceChange c : changes) {
      List<RollCallLine.Audited> lines =
          history.computeIfAbsent(c.getPersonId(), p -> new java.util.ArrayList<>());
      if (lines.size() < shown) {
        String by =
            c.getChangedBy() == null
                ? ""
                : names.computeIfAbsent(c.getChangedBy(), trainerNames::of);
        lines.add(new RollCallLine.Audited(c, by));
      }
      counts.merge(c.getPersonId(), 1, Integer::sum);
    }
    return history;
  }

  /** The workshop if the caller manages it and it has the session; else not found. */
  public Workshop managed(SessionRef session) {
    Actor actor = caller();
    return Attendance.session(
        workshops.find(session.workshopId()).filter(actor::manages), session.sessionNumber());
  }

  static WorkshopSession sessionOf(Workshop workshop, int number) {
    return workshop.getSessions().stream()
        .filter(s -> s.getNumber() == number)
        .findFirst()
        .orElseThrow();
  }
}
