package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;

/**
 * Finds a session for those who manage its workshop: leads, and the workshop's trainers. For anyone
 * else, as for a session that does not exist, it is "not found" (a 404), as another trainer's
 * workshop is everywhere.
 */
@ApplicationScoped
public class ManagedSessions {

  @Inject private CurrentCaller callers;
  @Inject private Workshops workshops;

  public ManagedSession get(long workshopId, int sessionNumber) {
    Actor actor = callers.find().map(Actor::of).orElseThrow(NotFoundException::new);
    return workshops
        .find(workshopId)
        .filter(actor::manages)
        .flatMap(
            w ->
                w.getSessions().stream()
                    .filter(s -> s.getNumber() == sessionNumber)
                    .findFirst()
                    .map(s -> new ManagedSession(w, s)))
        .orElseThrow(NotFoundException::new);
  }
}
