package org.capacita.shared.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.capacita.shared.i18n.Messages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses state-changing requests that a page of another site sent (cross-site request forgery), in
 * addition to the Faces view state and the {@code SameSite=Lax} session cookie: a POST, PUT or
 * DELETE whose {@code Origin} (or, lacking it, {@code Referer}) is neither the address the request
 * was sent to nor {@code capacita.public-url} gets a 403 page and does nothing.
 *
 * <p>The REST API ({@code /api/}) is left out on purpose: it authenticates every call by its bearer
 * token and never by a cookie, so a browser cannot be tricked into sending a call with the victim's
 * rights, and API clients are not browsers and send no Origin.
 */
@WebFilter(filterName = "sameOrigin", urlPatterns = "/*")
public class SameOriginFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SameOriginFilter.class.getName());
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  @Inject
  @ConfigProperty(name = "capacita.public-url")
  private transient Optional<String> publicUrl;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String origin = request.getHeader("Origin");
    String referer = request.getHeader("Referer");
    if (SAFE_METHODS.contains(request.getMethod())
        || isApi(request)
        || RequestOrigin.isAllowed(origin, referer, ownOrigins(request))) {
      chain.doFilter(request, response);
      return;
    }
    LOG.warning(
        () ->
            "Refused a "
                + request.getMethod()
                + " to "
                + request.getRequestURI()
                + " sent from "
                + (origin != null ? "Origin " + origin : "Referer " + referer)
                + "; this application answers at "
                + ownOrigins(request)
                + " (behind a proxy, set CAPACITA_PUBLIC_URL)");
    refuse(request, response);
  }

  private Set<String> ownOrigins(HttpServletRequest request) {
    Set<String> own = new HashSet<>();
    RequestOrigin.of(request.getScheme(), request.getServerName(), request.getServerPort())
        .ifPresent(own::add);
    publicUrl.flatMap(RequestOrigin::of).ifPresent(own::add);
    return own;
  }

  /** Whether the REST API's servlet serves the request (the path as mapped, not as sent). */
  private static boolean isApi(HttpServletRequest request) {
    return request.getServletPath().startsWith("/api/");
  }

  /** A plain page in the browser's language: no Faces view to restore, no script to run. */
  private static void refuse(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale locale = Messages.negotiate(Collections.list(request.getLocales()));
    String title = Messages.get(locale, "error.crossOrigin.title");
    String home = request.getContextPath() + "/";
    String page =
        "<!DOCTYPE html>\n<html lang=\""
            + locale.getLanguage()
            + "\"><head><meta charset=\"UTF-8\"/>"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>"
            + escape(title + " · " + Messages.get(locale, "app.name"))
            + "</title><link rel=\"stylesheet\" href=\""
            + request.getContextPath()
            + "/jakarta.faces.resource/css/app.css.xhtml?ln=capacita\"/></head>"
            + "<body class=\"app\"><main id=\"main\" class=\"app-main\"><h1>"
            + escape(title)
            + "</h1><p class=\"lead\">"
            + escape(Messages.get(locale, "error.crossOrigin.text"))
            + "</p><p><a href=\""
            + home
            + "\">"
            + escape(Messages.get(locale, "error.backHome"))
            + "</a></p></main></body></html>\n";
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader(
        "Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
    response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
