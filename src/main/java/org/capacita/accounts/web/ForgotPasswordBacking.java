package org.capacita.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacita.accounts.application.Registration;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.validation.RequiredText;
import org.capacita.shared.web.PageMessages;
import org.capacita.shared.web.SiteAddress;

/** {@code forgot-password.xhtml}: asks for a reset link; the answer never says who exists. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

  @Inject private Registration registration;
  @Inject private SiteAddress site;

  @RequiredText private String identifier;

  public String send() {
    try {
      registration.requestPasswordReset(identifier.strip(), site.ofPage());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("forgot.sent");
    return "/login?faces-redirect=true";
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }
}
