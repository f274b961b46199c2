package org.capacita.attendance.rest;

import org.capacita.attendance.domain.ClosureChange;

/**
 * One entry of a workshop's closure audit: {@code CLOSED}, {@code AUTO_CLOSED} (no account) or
 * {@code REOPENED} (with its reason), when, and the completions a closing added and removed.
 */
public record ClosureChangeView(
    String action, Long accountId, String at, String reason, int added, int removed) {

  static ClosureChangeView of(ClosureChange change) {
    return new ClosureChangeView(
        change.getAction().name(),
        change.getAccountId(),
        change.getChangedAt().toString(),
        change.getReason(),
        change.getAdded(),
        change.getRemoved());
  }
}
