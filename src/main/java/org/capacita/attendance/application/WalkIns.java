package org.capacita.attendance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.attendance.domain.SessionRef;
import org.capacita.enrollment.application.Enrolling;
import org.capacita.scheduling.application.Actor;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * Walk-ins from the roll call: the workshop's lead or trainer admits a person who came without a
 * place (see {@code EnrolmentStatus.WALK_IN}: full or not, no seat taken) and marks them present in
 * the session, channel WALK_IN, in one transaction. The person comes from the registry (found, or
 * registered through its duplicate check first).
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class WalkIns {

  private static final Logger LOG = Logger.getLogger(WalkIns.class.getName());

  @Inject private CurrentCaller callers;
  @Inject private Enrolling enrolling;
  @Inject private Attendance attendance;

  /** Admits the person to the workshop as a walk-in and marks them present in the session. */
  public void admit(SessionRef session, long personId) {
    Actor actor = Actor.of(callers.get());
    enrolling.walkIn(session.workshopId(), personId, actor);
    attendance.checkIn(
        session.workshopId(),
        session.sessionNumber(),
        personId,
        AttendanceChannel.WALK_IN,
        actor.accountId());
    LOG.fine(() -> "Person " + personId + " walked in to " + session);
  }
}
