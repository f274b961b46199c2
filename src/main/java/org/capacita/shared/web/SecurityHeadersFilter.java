package org.capacita.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers every answer carries: no MIME sniffing, no framing by other sites, no referrer leaking
 * tokens, and a content security policy. On Faces pages PrimeFaces sends the policy itself ({@code
 * primefaces.CSP_POLICY} in web.xml), adding a fresh script nonce each time.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    if (!isPage(request)) {
      response.setHeader(
          "Content-Security-Policy",
          "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
              + " script-src 'self'; font-src 'self' data:; frame-ancestors 'none'");
    }
    chain.doFilter(request, response);
  }

  private static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.endsWith(".xhtml") || path.endsWith("/");
  }
}
