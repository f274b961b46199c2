package org.capacita.scheduling.domain;

/** Where a workshop stands. A cancelled workshop keeps its reason, enrolments and attendance. */
public enum WorkshopStatus {
  DRAFT,
  SCHEDULED,
  CANCELLED,
  CLOSED
}
