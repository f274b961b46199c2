package org.capacita.accounts.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/v1/tokens}. */
public record TokenRequest(
    @NotBlank(message = "{field.required}") @Size(max = 60, message = "{field.tooLong}")
        String username,
    @NotBlank(message = "{field.required}") @Size(max = 128, message = "{field.tooLong}")
        String password) {

  @Override
  public String toString() {
    return "TokenRequest[username=" + username + "]";
  }
}
