package org.capacita.attendance.domain;

/** How a mark came in: kept on the mark and on each change in its audit. */
public enum AttendanceChannel {
  ROLL_CALL,
  QR,
  TYPED_CODE,
  PAPER_IMPORT,
  WALK_IN,
  API
}
