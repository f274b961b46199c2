package org.capacita.shell.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.capacita.accounts.security.LoginRedirect;

/**
 * {@code error/expired.xhtml}: a form was sent from a page whose view is gone (the session ended,
 * or the page was open too long). It offers to open that page again, with its parameters, when the
 * address is one of this application (the same rule as the login page's {@code continue}).
 */
@Named
@RequestScoped
public class ExpiredBacking {

  private String continueTo;

  /** The query that tells the expired page where the failed post came from, or nothing. */
  static String continuing(ExternalContext external) {
    return external.getRequest() instanceof HttpServletRequest request
        ? LoginRedirect.addressOf(request)
            .map(path -> "?continue=" + URLEncoder.encode(path, StandardCharsets.UTF_8))
            .orElse("")
        : "";
  }

  /** The page to go back to, relative to the application, or null when none is known. */
  public String getPage() {
    if (continueTo == null || continueTo.startsWith("/error/")) {
      return null;
    }
    String target = LoginRedirect.target(continueTo);
    return target.equals(continueTo) ? target : null;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
