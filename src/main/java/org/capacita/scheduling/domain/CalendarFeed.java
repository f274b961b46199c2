package org.capacita.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.capacita.shared.domain.BaseEntity;
import org.capacita.shared.security.SecretToken;

/**
 * A trainer's secret calendar address, which calendar apps poll without signing in. One per
 * account; only the SHA-256 of its token is stored, and a new token replaces the old one, which
 * then stops working.
 */
@Entity
@Table(name = "calendar_feed")
@NamedQuery(
    name = "CalendarFeed.findByAccount",
    query = "SELECT f FROM CalendarFeed f WHERE f.accountId = :accountId")
@NamedQuery(
    name = "CalendarFeed.findByHash",
    query = "SELECT f FROM CalendarFeed f WHERE f.tokenHash = :hash")
public class CalendarFeed extends BaseEntity {

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(name = "token_hash", nullable = false, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CalendarFeed() {}

  public CalendarFeed(long accountId, SecretToken token, Instant now) {
    this.accountId = accountId;
    replace(token, now);
  }

  /** A new token; the old one is forgotten, so its address answers 404 from now on. */
  public final void replace(SecretToken token, Instant now) {
    this.tokenHash = Objects.requireNonNull(token).hash();
    this.createdAt = now;
  }

  public long getAccountId() {
    return accountId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
