package org.capacita.enrollment.web;

import java.io.Serializable;

/** One line of a workshop's roster: who, their status and, when waitlisted, their position. */
public record RosterRow(long personId, String name, String status, Integer position)
    implements Serializable {
  public long getPersonId() {
    return personId;
  }

  public String getName() {
    return name;
  }

  public String getStatus() {
    return status;
  }

  public Integer getPosition() {
    return position;
  }

  public boolean isActive() {
    return !"CANCELLED".equals(status);
  }
}
