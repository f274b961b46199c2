package org.capacita.attendance.web;

import java.io.Serializable;
import java.util.List;

/**
 * What the closure card says: the status, whether the last session has ended, when it ends and when
 * the workshop was closed (in the venue's zone), the module's rule (threshold percent, the pass
 * mark when the post-test is required, else null), how many complete, and the audit trail.
 */
public record ClosureSummary(
    String status,
    boolean ended,
    String endsAt,
    String closedAt,
    int threshold,
    Integer passMark,
    long completed,
    int participants,
    List<ClosureHistoryRow> history)
    implements Serializable {

  public boolean isClosed() {
    return "CLOSED".equals(status);
  }

  /** Whether a closing may be tried now: scheduled, and the last session has ended. */
  public boolean isClosable() {
    return "SCHEDULED".equals(status) && ended;
  }

  public boolean isScheduled() {
    return "SCHEDULED".equals(status);
  }
}
