package org.capacita.attendance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.capacita.attendance.domain.CheckInCode;
import org.capacita.attendance.domain.CheckInWindow;
import org.capacita.scheduling.domain.WorkshopSession;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.shared.domain.ConflictException;
import org.capacita.shared.security.Role;

/**
 * The code a trainer shows in the room: the session's current code while its check-in is open (from
 * {@code capacita.check-in.opens-before} ahead of its start to its end), for leads and the
 * workshop's trainers only. The link is {@code <site>/attendance/check-in.xhtml?code=<code>}.
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class CheckInCodes {

  /** The participant's page that a scanned code opens. */
  public static final String LANDING = "/attendance/check-in.xhtml?code=";

  @Inject private ManagedSessions sessions;
  @Inject private CheckInSecrets secrets;
  @Inject private CheckInSettings settings;
  @PersistenceContext private EntityManager em;

  /**
   * The current code of a session; a 409 when its check-in is not open. Without a site address
   * (null) there is no link.
   */
  public ShownCode current(long workshopId, int sessionNumber, String siteAddress) {
    ManagedSession managed = sessions.get(workshopId, sessionNumber);
    WorkshopSession session = managed.session();
    CheckInWindow window =
        CheckInWindow.of(
            session.getDate(),
            session.getStart(),
            session.getEnd(),
            managed.workshop().zone(),
            settings.opensBefore());
    Instant now = Instant.now();
    WorkshopStatus status = managed.workshop().getStatus();
    if (!window.isOpenAt(now)
        || status == WorkshopStatus.CANCELLED
        || status == WorkshopStatus.DRAFT) {
      throw new ConflictException(
          "session", "attendance.checkIn.notOpen", settings.opensBefore().toMinutes());
    }
    Duration step = settings.step();
    long current = CheckInCode.stepOf(now, step);
    String code = secrets.of(workshopId, sessionNumber).codes().atStep(current);
    Instant changes = CheckInCode.endOf(current, step);
    return new ShownCode(
        managed,
        code,
        siteAddress == null ? null : siteAddress + LANDING + code,
        changes.isAfter(window.closes()) ? window.closes() : changes,
        window.closes(),
        present(workshopId, sessionNumber));
  }

  private long present(long workshopId, int sessionNumber) {
    return em.createNamedQuery("CheckInSecret.countAttended", Long.class)
        .setParameter("workshop", workshopId)
        .setParameter("session", sessionNumber)
        .getSingleResult();
  }
}
