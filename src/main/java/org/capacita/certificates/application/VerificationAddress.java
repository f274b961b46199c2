package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.SiteAddress;

/**
 * The address verification links on certificates start with: {@code CAPACITA_PUBLIC_URL}, else the
 * current request's own address when {@link SiteAddress} trusts it. A certificate keeps the link it
 * was issued with, so with no trusted address (a timer's closing, with no public address
 * configured) nothing is issued automatically: a trainer's or lead's request issues it later.
 */
@ApplicationScoped
public class VerificationAddress {

  @Inject private CertificateSettings settings;
  @Inject private SiteAddress site;
  @Inject private HttpServletRequest request;

  public Optional<String> current() {
    if (settings.publicUrl().isPresent()) {
      return settings.publicUrl();
    }
    try {
      return site.of(request);
    } catch (ContextNotActiveException | IllegalStateException noRequest) {
      return Optional.empty();
    }
  }

  /** The address, for a request that issues certificates: without one, a 422 that says so. */
  public String required() {
    return current().orElseThrow(() -> new BusinessRuleException("site.address.unknown"));
  }
}
