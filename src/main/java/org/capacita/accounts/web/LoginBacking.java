package org.capacita.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.capacita.accounts.application.Registration;
import org.capacita.accounts.application.SignInResult;
import org.capacita.accounts.security.CapacitaAuthenticationMechanism;
import org.capacita.accounts.security.LoginRedirect;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;
import org.capacita.shared.web.SiteAddress;

/** {@code login.xhtml}: signs in with a username and password, then goes back where asked. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject private SecurityContext securityContext;
  @Inject private LocaleSelector localeSelector;
  @Inject private Registration registration;
  @Inject private SiteAddress site;

  private String username;
  private String password;
  private String continueTo;
  private boolean notConfirmed;

  public void signIn() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, new Password(password))));
    SignInResult result =
        (SignInResult) request.getAttribute(CapacitaAuthenticationMechanism.SIGN_IN_RESULT);
    if (status == AuthenticationStatus.SUCCESS && result != null && result.isSignedIn()) {
      localeSelector.choose(result.caller().locale());
      external.redirect(
          external.getRequestContextPath()
              + LoginRedirect.target(continueTo, result.caller().groups()));
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      faces.responseComplete();
    } else {
      showFailure(result);
    }
  }

  /**
   * Mails the confirmation link again, when the account is waiting for one; the answer is the same
   * whatever the username (see {@link Registration#resendConfirmation}).
   */
  public void resendConfirmation() {
    if (username != null && !username.isBlank()) {
      registration.resendConfirmation(username.strip(), site.ofPage());
    }
    PageMessages.info("login.resent");
  }

  /** Whether to offer mailing the confirmation link again: after "confirm your address first". */
  public boolean isResendOffered() {
    return notConfirmed
        || FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .containsKey("resend");
  }

  private void showFailure(SignInResult result) {
    if (result == null) {
      PageMessages.error("login.failed");
      return;
    }
    switch (result.outcome()) {
      case THROTTLED -> PageMessages.error("login.throttled", result.retryAfterSeconds());
      case NOT_CONFIRMED -> {
        notConfirmed = true;
        PageMessages.error("login.notConfirmed");
      }
      default -> PageMessages.error("login.failed");
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }
}
