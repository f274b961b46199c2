package org.capacita.accounts.domain;

import java.time.Duration;

/** What an e-mailed link does, and how long it stays good. */
public enum AccountTokenPurpose {
  CONFIRM_EMAIL(Duration.ofHours(48)),
  RESET_PASSWORD(Duration.ofHours(1));

  private final Duration lifetime;

  AccountTokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
