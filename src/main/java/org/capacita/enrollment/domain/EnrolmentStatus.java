package org.capacita.enrollment.domain;

/** Where a person stands in a workshop. Only ENROLLED takes a seat. */
public enum EnrolmentStatus {
  REQUESTED,
  ENROLLED,
  WAITLISTED,
  CANCELLED;

  /** Whether the person is on the sessions' roll calls (has a place, rather than asks for one). */
  public boolean takesPart() {
    return this == ENROLLED;
  }
}
