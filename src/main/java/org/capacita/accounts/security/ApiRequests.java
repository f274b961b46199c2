package org.capacita.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.capacita.shared.i18n.Messages;

/** How the security layer recognises and answers calls to the REST API. */
final class ApiRequests {

  private static final String API_PATH = "/api/";
  private static final String BEARER = "Bearer ";

  private ApiRequests() {}

  static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith(API_PATH);
  }

  static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return Optional.empty();
    }
    return Optional.of(header.substring(BEARER.length()).strip());
  }

  /** A 401 problem answer for a token that is unknown, expired or revoked. */
  static void writeUnauthorized(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Messages.negotiate(Collections.list(request.getLocales()));
    String body =
        "{\"type\":\"about:blank\",\"status\":401,\"title\":"
            + quote(Messages.get(locale, "problem.title.401"))
            + ",\"detail\":"
            + quote(Messages.get(locale, "problem.detail.unauthorized"))
            + "}";
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Bearer realm=\"capacita\", error=\"invalid_token\"");
    response.setContentType("application/problem+json;charset=UTF-8");
    response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String quote(String text) {
    return jakarta.json.Json.createValue(text).toString();
  }
}
