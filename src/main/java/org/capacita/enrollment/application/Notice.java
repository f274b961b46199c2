package org.capacita.enrollment.application;

import org.capacita.enrollment.domain.EnrolmentStatus;

/** What a person is told about a workshop, by e-mail: one message key each. */
public enum Notice {
  ENROLLED("enrolled"),
  WAITLISTED("waitlisted"),
  REQUESTED("requested"),
  PROMOTED("promoted"),
  CANCELLED("cancelled"),
  WORKSHOP_CANCELLED("workshopCancelled"),
  REMINDER("reminder");

  private final String key;

  Notice(String key) {
    this.key = key;
  }

  public String key() {
    return "enrollment.mail." + key;
  }

  public static Notice of(EnrolmentStatus status) {
    return switch (status) {
      case ENROLLED, WALK_IN -> ENROLLED;
      case WAITLISTED -> WAITLISTED;
      case REQUESTED -> REQUESTED;
      case CANCELLED -> CANCELLED;
    };
  }
}
