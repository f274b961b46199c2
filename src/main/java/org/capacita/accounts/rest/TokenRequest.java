package org.capacita.accounts.rest;

import org.capacita.shared.validation.RequiredText;

/** The body of {@code POST /api/v1/tokens}. */
public record TokenRequest(@RequiredText String username, @RequiredText String password) {

  @Override
  public String toString() {
    return "TokenRequest[username=" + username + "]";
  }
}
