package org.capacita.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacita.accounts.application.Registration;
import org.capacita.accounts.application.ValidPassword;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.PageMessages;

/**
 * {@code reset-password.xhtml}: sets a new password from an e-mailed link, or says at once that the
 * link no longer works and links to asking for a new one.
 */
@Named
@RequestScoped
public class ResetPasswordBacking {

  @Inject private Registration registration;

  private String token;
  @ValidPassword private String password;
  private boolean usable = true;

  /** On opening the link: a used or expired one shows at once that it no longer works. */
  public void load() {
    usable = registration.isResetLinkUsable(token);
  }

  public String reset() {
    try {
      registration.resetPassword(token, password);
    } catch (BusinessRuleException e) {
      if ("account.link.invalid".equals(e.getMessageKey())) {
        usable = false;
      } else {
        PageMessages.error(e);
      }
      return null;
    }
    PageMessages.info("reset.done");
    return "/login?faces-redirect=true";
  }

  public boolean isUsable() {
    return usable;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
