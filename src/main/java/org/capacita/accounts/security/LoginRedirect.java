package org.capacita.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.capacita.shared.security.Role;

/**
 * Where the login page sends people back to. Only paths inside the application are accepted, so a
 * crafted link cannot turn the login page into an open redirect.
 */
public final class LoginRedirect {

  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String HOME_PAGE = "/index.xhtml";

  /** A programme lead's home page: the reports' dashboard. */
  public static final String LEAD_HOME_PAGE = "/reports/index.xhtml";

  private LoginRedirect() {}

  /**
   * The login page, told to continue to the requested page with its parameters. A form of a page
   * posts to the page's address with its parameters too (see {@code PageAddressViewHandler}), so a
   * post whose session has ended continues to the page it came from, opened afresh.
   */
  static String loginUrl(HttpServletRequest request) {
    String login = request.getContextPath() + LOGIN_PAGE;
    return addressOf(request)
        .filter(path -> !"/".equals(path))
        .map(path -> login + "?continue=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
        .orElse(login);
  }

  /** The in-application address of this request with its parameters, when safe to return to. */
  public static Optional<String> addressOf(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null && !request.getQueryString().isEmpty()) {
      path += "?" + request.getQueryString();
    }
    return isSafe(path) ? Optional.of(path) : Optional.empty();
  }

  /** The in-application path to continue to after sign-in, or the home page. */
  public static String target(String requested) {
    return isSafe(requested) ? requested : HOME_PAGE;
  }

  /**
   * The same for an account with these roles (group names): with nowhere asked for, a programme
   * lead lands on the dashboard, everyone else on the home page.
   */
  public static String target(String requested, Set<String> groups) {
    if (isSafe(requested)) {
      return requested;
    }
    return groups.contains(Role.LEAD_NAME) ? LEAD_HOME_PAGE : HOME_PAGE;
  }

  static boolean isSafe(String path) {
    return path != null
        && path.length() < 2000
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.contains("\\")
        && !path.contains("://")
        && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f)
        && !path.startsWith(LOGIN_PAGE);
  }
}
