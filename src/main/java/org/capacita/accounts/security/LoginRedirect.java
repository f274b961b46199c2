package org.capacita.accounts.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the login page sends people back to. Only paths inside the application are accepted, so a
 * crafted link cannot turn the login page into an open redirect.
 */
public final class LoginRedirect {

  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String HOME_PAGE = "/index.xhtml";

  private LoginRedirect() {}

  static String loginUrl(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if ("GET".equals(request.getMethod()) && request.getQueryString() != null) {
      path += "?" + request.getQueryString();
    }
    String login = request.getContextPath() + LOGIN_PAGE;
    return isSafe(path) && !"/".equals(path)
        ? login + "?continue=" + URLEncoder.encode(path, StandardCharsets.UTF_8)
        : login;
  }

  /** The in-application path to continue to after sign-in, or the home page. */
  public static String target(String requested) {
    return isSafe(requested) ? requested : HOME_PAGE;
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
