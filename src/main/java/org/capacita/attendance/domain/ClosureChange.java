package org.capacita.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.capacita.shared.domain.BaseEntity;

/**
 * The audit trail of a workshop's closure: who closed or re-opened it (nobody when it closed
 * itself), when, why (a re-opening needs a reason) and how many completions the closing added and
 * removed. Never changed once written.
 */
@Entity
@Table(name = "workshop_closure_change")
@NamedQuery(
    name = "ClosureChange.findByWorkshop",
    query =
        "SELECT c FROM ClosureChange c WHERE c.workshopId = :workshopId"
            + " ORDER BY c.changedAt, c.id")
public class ClosureChange extends BaseEntity {

  @Column(name = "workshop_id", nullable = false, updatable = false)
  private long workshopId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16, updatable = false)
  private ClosureAction action;

  @Column(name = "account_id", updatable = false)
  private Long accountId;

  @Column(name = "changed_at", nullable = false, updatable = false)
  private Instant changedAt;

  @Column(length = 500, updatable = false)
  private String reason;

  @Column(name = "completions_added", nullable = false, updatable = false)
  private int added;

  @Column(name = "completions_removed", nullable = false, updatable = false)
  private int removed;

  protected ClosureChange() {}

  private ClosureChange(
      long workshopId,
      ClosureAction action,
      Long accountId,
      Instant changedAt,
      String reason,
      int added,
      int removed) {
    this.workshopId = workshopId;
    this.action = Objects.requireNonNull(action);
    this.accountId = accountId;
    this.changedAt = Objects.requireNonNull(changedAt);
    this.reason = reason;
    this.added = added;
    this.removed = removed;
  }

  /** A closing, by an account or (null) by itself, with the completions it added and removed. */
  public static ClosureChange closed(
      long workshopId, Long accountId, Instant at, int added, int removed) {
    return new ClosureChange(
        workshopId,
        accountId == null ? ClosureAction.AUTO_CLOSED : ClosureAction.CLOSED,
        accountId,
        at,
        null,
        added,
        removed);
  }

  /** A re-opening: always by an account, always with a reason. */
  public static ClosureChange reopened(long workshopId, long accountId, Instant at, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("A re-opening says why");
    }
    return new ClosureChange(
        workshopId, ClosureAction.REOPENED, accountId, at, reason.strip(), 0, 0);
  }

  public long getWorkshopId() {
    return workshopId;
  }

  public ClosureAction getAction() {
    return action;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getReason() {
    return reason;
  }

  public int getAdded() {
    return added;
  }

  public int getRemoved() {
    return removed;
  }
}
