package org.capacita.attendance.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.InvalidInputException;

/**
 * The rows of one roll-call save, checked before anything is written: each names a person (once)
 * and a status the roll call offers, with a note of at most {@link AttendanceMark#NOTE_LENGTH}
 * characters. A refusal names the row ({@code [3].status}); nothing of the save is written then.
 */
public final class MarkRows {

  private final List<MarkInput> rows;
  private final List<AttendanceStatus> statuses;

  private MarkRows(List<MarkInput> rows, List<AttendanceStatus> statuses) {
    this.rows = rows;
    this.statuses = statuses;
  }

  /** Checks the rows against the statuses offered; the first bad row is refused. */
  public static MarkRows checked(List<MarkInput> rows, StatusChoice choice) {
    if (rows == null) {
      throw new InvalidInputException("marks", "attendance.rollCall.rows.required");
    }
    Set<Long> seen = new HashSet<>();
    List<AttendanceStatus> statuses = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      MarkInput row = rows.get(i);
      String at = "[" + i + "].";
      if (row == null || row.personId() == null) {
        throw new InvalidInputException(at + "personId", "attendance.rollCall.personId.required");
      }
      if (row.status() == null || row.status().isBlank()) {
        throw new InvalidInputException(at + "status", "attendance.rollCall.status.required");
      }
      if (!seen.add(row.personId())) {
        throw BusinessRuleException.onField(
            at + "personId", "attendance.rollCall.personTwice", String.valueOf(row.personId()));
      }
      if (row.note() != null && row.note().strip().length() > AttendanceMark.NOTE_LENGTH) {
        throw new InvalidInputException(
            at + "note", "attendance.rollCall.note.tooLong", AttendanceMark.NOTE_LENGTH);
      }
      statuses.add(choice.require(row.status(), at + "status"));
    }
    return new MarkRows(List.copyOf(rows), statuses);
  }

  public List<Long> personIds() {
    return rows.stream().map(MarkInput::personId).toList();
  }

  public int size() {
    return rows.size();
  }

  public MarkInput row(int i) {
    return rows.get(i);
  }

  public AttendanceStatus status(int i) {
    return statuses.get(i);
  }

  /** The field of row {@code i}'s person, for a refusal of that person. */
  public String personField(long personId) {
    return "[" + personIds().indexOf(personId) + "].personId";
  }
}
