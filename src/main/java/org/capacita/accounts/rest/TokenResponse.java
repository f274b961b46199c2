package org.capacita.accounts.rest;

import org.capacita.accounts.application.ApiTokens.IssuedToken;

/** The answer of {@code POST /api/v1/tokens}: the token and its expiry as an ISO-8601 instant. */
public record TokenResponse(String token, String expiresAt) {

  static TokenResponse of(IssuedToken issued) {
    return new TokenResponse(issued.token(), issued.expiresAt().toString());
  }
}
