package org.capacita.attendance.application;

import java.util.List;
import org.capacita.attendance.domain.AttendanceChange;
import org.capacita.attendance.domain.AttendanceMark;

/**
 * One person on a roll call: who (name, institution), whether they walked in, their mark (null when
 * not marked yet) and the latest changes of its audit, newest first, with the names of those who
 * made each change, and how many changes there are in all.
 */
public record RollCallLine(
    long personId,
    String name,
    String institution,
    boolean walkIn,
    AttendanceMark mark,
    List<Audited> history,
    int changes) {

  /** A change of the mark with the name of who made it (empty when nobody signed in did). */
  public record Audited(AttendanceChange change, String by) {}
}
