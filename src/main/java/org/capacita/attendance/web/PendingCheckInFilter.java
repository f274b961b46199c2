package org.capacita.attendance.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends a person who has just signed in with a check-in pending ({@link PendingCheckIn}) to {@code
 * attendance/check-in.xhtml}, which completes it: whichever page sign-in lands on (the home page
 * after registering and confirming the address, say). Only page views (GET) are redirected.
 */
@WebFilter(
    filterName = "pendingCheckIn",
    urlPatterns = "*.xhtml",
    dispatcherTypes = DispatcherType.REQUEST)
public class PendingCheckInFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String PAGE = "/attendance/check-in.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("GET".equals(request.getMethod())
        && request.getUserPrincipal() != null
        && !request.getRequestURI().equals(request.getContextPath() + PAGE)
        && PendingCheckIn.of(request).isPresent()) {
      response.sendRedirect(request.getContextPath() + PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
