package org.capacita.accounts.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address e-mailed links start with: {@code capacita.public-url} in production (so a forged
 * Host header cannot redirect reset links), otherwise the address of the current request.
 */
@ApplicationScoped
public class SiteUrl {

  @Inject
  @ConfigProperty(name = "capacita.public-url")
  private Optional<String> publicUrl;

  public String get() {
    if (publicUrl.isPresent()) {
      return publicUrl.get().replaceAll("/+$", "");
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    String scheme = external.getRequestScheme();
    int port = external.getRequestServerPort();
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    return scheme
        + "://"
        + external.getRequestServerName()
        + (defaultPort ? "" : ":" + port)
        + external.getRequestContextPath();
  }
}
