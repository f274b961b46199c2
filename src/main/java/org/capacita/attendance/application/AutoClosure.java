package org.capacita.attendance.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopStatus;

/**
 * Workshops that close themselves: scheduled ones whose last session (and last re-opening) is at
 * least N days past. Each closes in a transaction of its own on its locked row, so two instances
 * never close one twice and one failure stops nothing else.
 */
@Stateless
public class AutoClosure {

  @PersistenceContext private EntityManager em;
  @Inject private Workshops workshops;
  @Inject private ClosureRecording recording;

  /** Ids of the workshops that may be due: last day at least {@code after} before now anywhere. */
  public List<Long> candidates(Instant now, Duration after) {
    return em.createNamedQuery("Workshop.findIdsToClose", Long.class)
        .setParameter("scheduled", WorkshopStatus.SCHEDULED)
        .setParameter("lastDay", now.minus(after).atOffset(ZoneOffset.MAX).toLocalDate())
        .getResultList();
  }

  /** Closes the workshop if it is due now; false if not (any more). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean closeIfDue(long workshopId, Instant now, Duration after) {
    Workshop workshop = workshops.lock(workshopId).orElse(null);
    if (workshop == null || !workshop.closesItself(now, after)) {
      return false;
    }
    recording.close(workshop, null, now);
    return true;
  }
}
