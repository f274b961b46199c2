package org.capacita.accounts.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.capacita.shared.domain.BaseEntity;

/** A bearer token for the REST API; the token itself is never stored, only its SHA-256. */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = "ApiToken.findByHash",
    query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
@NamedQuery(
    name = "ApiToken.revokeAllOf",
    query =
        "UPDATE ApiToken t SET t.revokedAt = :now WHERE t.account = :account AND t.revokedAt IS NULL")
public class ApiToken extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ApiToken() {}

  public ApiToken(Account account, String tokenHash, Instant createdAt, Instant expiresAt) {
    if (!expiresAt.isAfter(createdAt)) {
      throw new IllegalArgumentException("A token must expire after it is created");
    }
    this.account = Objects.requireNonNull(account);
    this.tokenHash = Objects.requireNonNull(tokenHash);
    this.createdAt = createdAt;
    this.expiresAt = expiresAt;
  }

  public boolean isUsableAt(Instant now) {
    return revokedAt == null && now.isBefore(expiresAt) && account.canSignIn();
  }

  public void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  public Account getAccount() {
    return account;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
