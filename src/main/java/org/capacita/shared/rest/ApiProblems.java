package org.capacita.shared.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.capacita.shared.i18n.Messages;

/** Problem answers that more than one mapper or filter gives. */
public final class ApiProblems {

  private ApiProblems() {}

  /** 401 with {@code WWW-Authenticate: Bearer}: no token, or one that is wrong or expired. */
  public static Response unauthorized(Locale locale) {
    return Problem.of(401, locale)
        .detail(Messages.get(locale, "problem.detail.unauthorized"))
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"capacita\"")
        .toResponse();
  }

  /** 403: the caller's roles do not allow this. */
  public static Response forbidden(Locale locale) {
    return Problem.of(403, locale)
        .detail(Messages.get(locale, "problem.detail.forbidden"))
        .toResponse();
  }

  /** 429 with {@code Retry-After}: too many failed sign-ins. */
  public static Response tooManyAttempts(Locale locale, long retryAfterSeconds) {
    return Problem.of(429, locale)
        .detail(Messages.get(locale, "problem.detail.throttled", retryAfterSeconds))
        .header("Retry-After", retryAfterSeconds)
        .toResponse();
  }
}
