package org.capacita.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.capacita.shared.domain.BaseEntity;

/** A single-use link sent by e-mail: confirm an address or reset a password. */
@Entity
@Table(name = "account_token")
@NamedQuery(
    name = "AccountToken.findByHash",
    query =
        "SELECT t FROM AccountToken t JOIN FETCH t.account"
            + " WHERE t.tokenHash = :hash AND t.purpose = :purpose")
@NamedQuery(
    name = "AccountToken.findLatestOf",
    query =
        "SELECT t FROM AccountToken t WHERE t.account = :account AND t.purpose = :purpose"
            + " ORDER BY t.expiresAt DESC")
public class AccountToken extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private AccountTokenPurpose purpose;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccountToken() {}

  public AccountToken(
      Account account, AccountTokenPurpose purpose, String tokenHash, Instant createdAt) {
    this.account = Objects.requireNonNull(account);
    this.purpose = Objects.requireNonNull(purpose);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.expiresAt = createdAt.plus(purpose.lifetime());
  }

  /** Uses the link once: false when it was used already or has expired. */
  public boolean use(Instant now) {
    if (!isUsable(now)) {
      return false;
    }
    usedAt = now;
    return true;
  }

  /** Whether the link would still work now: not used, not expired. */
  public boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** When the link was sent: its expiry less its purpose's lifetime. */
  public Instant issuedAt() {
    return expiresAt.minus(purpose.lifetime());
  }

  public Account getAccount() {
    return account;
  }
}
