package org.capacita.attendance.rest;

import java.util.List;
import org.capacita.attendance.domain.ClosureChange;
import org.capacita.scheduling.domain.Workshop;

/**
 * A workshop's closure: its status, when it was closed (null while open), and the audit trail,
 * oldest first.
 */
public record ClosureView(
    long workshopId, String status, String closedAt, List<ClosureChangeView> history) {

  static ClosureView of(Workshop workshop, List<ClosureChange> history) {
    return new ClosureView(
        workshop.getId(),
        workshop.getStatus().name(),
        workshop.getClosedAt() == null ? null : workshop.getClosedAt().toString(),
        history.stream().map(ClosureChangeView::of).toList());
  }
}
