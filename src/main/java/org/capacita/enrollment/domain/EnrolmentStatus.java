package org.capacita.enrollment.domain;

/**
 * Where a person stands in a workshop. Only ENROLLED takes a seat. WALK_IN is a participant a
 * trainer added on the spot from a roll call: in the room, so on the roll calls and counted for
 * completion like the enrolled, but holding no seat (seats are for those who signed up; a walk-in
 * into a full workshop keeps {@code enrolled_count <= capacity} true).
 */
public enum EnrolmentStatus {
  REQUESTED,
  ENROLLED,
  WAITLISTED,
  CANCELLED,
  WALK_IN;

  /**
   * Whether the person takes part: on the sessions' roll calls, may check in, and is one of the
   * participants whose completion is computed (enrolled or walked in, rather than asking for a
   * place or waiting for one).
   */
  public boolean takesPart() {
    return this == ENROLLED || this == WALK_IN;
  }
}
