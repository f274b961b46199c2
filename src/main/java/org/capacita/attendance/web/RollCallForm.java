package org.capacita.attendance.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.capacita.attendance.domain.MarkInput;

/**
 * The marks a roll-call form posted without JavaScript: for each person shown ({@code ids}), the
 * status chosen ({@code mark-<id>}) and the note ({@code note-<id>}). Persons left unmarked are
 * left out; rows as they were change nothing (a mark set to what it is makes no audit row).
 */
final class RollCallForm {

  private RollCallForm() {}

  static List<MarkInput> marks(Map<String, String> parameters) {
    List<MarkInput> marks = new ArrayList<>();
    for (String id : parameters.getOrDefault("ids", "").split(",")) {
      String status = id.matches("\\d{1,18}") ? parameters.get("mark-" + id) : null;
      if (status != null) {
        marks.add(new MarkInput(Long.valueOf(id), status, parameters.get("note-" + id)));
      }
    }
    return marks;
  }
}
