package org.capacita.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacita.accounts.application.Registration;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.PageMessages;

/**
 * {@code confirm.xhtml}: the page an e-mailed confirmation link opens. Confirming takes a click (a
 * POST), so that mail scanners that follow links do not use the link up.
 */
@Named
@RequestScoped
public class ConfirmBacking {

  @Inject private Registration registration;

  private String token;
  private boolean failed;

  public String confirm() {
    try {
      registration.confirm(token);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      failed = true;
      return null;
    }
    PageMessages.info("confirm.done");
    return "/login?faces-redirect=true";
  }

  /** Whether the link failed, so that the page says how to get a new one. */
  public boolean isFailed() {
    return failed;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
