package org.capacita.scheduling.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address links in calendars start with: {@code capacita.public-url} when set, otherwise the
 * address of the current request.
 */
@ApplicationScoped
public class SiteAddress {

  @Inject
  @ConfigProperty(name = "capacita.public-url")
  private Optional<String> publicUrl;

  public String of(HttpServletRequest request) {
    if (publicUrl.isPresent()) {
      return publicUrl.get().replaceAll("/+$", "");
    }
    String scheme = request.getScheme();
    int port = request.getServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + request.getServerName()
        + (defaultPort ? "" : ":" + port)
        + request.getContextPath();
  }
}
