package org.capacita.accounts.domain;

/** Whether an account may sign in. */
public enum AccountStatus {
  /** Self-registered, waiting for its e-mail address to be confirmed. */
  PENDING,
  ACTIVE,
  DISABLED
}
