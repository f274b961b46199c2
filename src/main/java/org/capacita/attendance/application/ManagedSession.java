package org.capacita.attendance.application;

import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopSession;

/** A session of a workshop that the caller manages (leads the programme or trains it). */
public record ManagedSession(Workshop workshop, WorkshopSession session) {

  public long workshopId() {
    return workshop.getId();
  }

  public int number() {
    return session.getNumber();
  }
}
