package org.capacita.attendance.web;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.LongFunction;
import org.capacita.attendance.domain.ClosureChange;

/**
 * One entry of the closure's audit trail as the card lists it: what, who (empty when the workshop
 * closed itself), when (in the venue's zone), why, and the completions added and removed.
 */
public record ClosureHistoryRow(
    String action, String who, String when, String reason, int added, int removed)
    implements Serializable {

  static List<ClosureHistoryRow> of(
      List<ClosureChange> changes, LongFunction<String> names, DateTimeFormatter when) {
    return changes.stream()
        .map(
            c ->
                new ClosureHistoryRow(
                    c.getAction().name(),
                    c.getAccountId() == null ? "" : names.apply(c.getAccountId()),
                    when.format(c.getChangedAt()),
                    c.getReason(),
                    c.getAdded(),
                    c.getRemoved()))
        .toList();
  }
}
