package org.capacita.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacita.accounts.application.Registration;
import org.capacita.shared.validation.RequiredText;
import org.capacita.shared.web.PageMessages;

/** {@code forgot-password.xhtml}: asks for a reset link; the answer never says who exists. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

  @Inject private Registration registration;
  @Inject private SiteUrl siteUrl;

  @RequiredText private String identifier;

  public String send() {
    registration.requestPasswordReset(identifier.strip(), siteUrl.get());
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
