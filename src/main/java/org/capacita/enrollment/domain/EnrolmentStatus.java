package org.capacita.enrollment.domain;

/** Where a person stands in a workshop. Only ENROLLED takes a seat. */
public enum EnrolmentStatus {
  REQUESTED,
  ENROLLED,
  WAITLISTED,
  CANCELLED
}
