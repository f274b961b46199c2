package org.capacita.accounts.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.capacita.accounts.application.ApiTokens;
import org.capacita.accounts.application.Callers;
import org.capacita.accounts.application.SignIn;
import org.capacita.accounts.application.SignInResult;
import org.capacita.accounts.application.SignedInCaller;

/**
 * The one authentication mechanism of the application. Pages: a form sign-in through {@code
 * SecurityContext.authenticate}, then the HTTP session carries the caller (its id rotated at
 * sign-in); a protected page without a caller redirects to the login page and back. API ({@code
 * /api/v1}): a bearer token on every call, sessions never used.
 */
@ApplicationScoped
public class CapacitaAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String SESSION_CALLER = "org.capacita.caller";
  public static final String SIGN_IN_RESULT = "org.capacita.signInResult";

  @Inject private SignIn signIn;
  @Inject private ApiTokens tokens;
  @Inject private Callers callers;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (ApiRequests.isApi(request)) {
      return bearer(request, response, context);
    }
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest()
        && credential instanceof UsernamePasswordCredential form) {
      return formSignIn(request, context, form);
    }
    Optional<SignedInCaller> caller = sessionCaller(request, context.isProtected());
    if (caller.isPresent()) {
      return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
    }
    if (context.isProtected()) {
      return context.redirect(LoginRedirect.loginUrl(request));
    }
    return context.doNothing();
  }

  private AuthenticationStatus formSignIn(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential form) {
    SignInResult result =
        signIn.check(form.getCaller(), form.getPasswordAsString(), request.getRemoteAddr());
    request.setAttribute(SIGN_IN_RESULT, result);
    if (!result.isSignedIn()) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    SignedInCaller caller = result.caller();
    request.getSession(true);
    request.changeSessionId();
    request.getSession().setAttribute(SESSION_CALLER, caller);
    return context.notifyContainerAboutLogin(caller.username(), caller.groups());
  }

  /** The session's caller; re-read from the database on protected requests. */
  private Optional<SignedInCaller> sessionCaller(HttpServletRequest request, boolean refresh) {
    HttpSession session = request.getSession(false);
    if (session == null
        || !(session.getAttribute(SESSION_CALLER) instanceof SignedInCaller stored)) {
      return Optional.empty();
    }
    if (!refresh) {
      return Optional.of(stored);
    }
    Optional<SignedInCaller> current = callers.refresh(stored.accountId());
    if (current.isEmpty()) {
      session.invalidate();
    } else if (!current.get().equals(stored)) {
      session.setAttribute(SESSION_CALLER, current.get());
    }
    return current;
  }

  private AuthenticationStatus bearer(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Optional<String> token = ApiRequests.bearerToken(request);
    if (token.isEmpty()) {
      return context.doNothing();
    }
    Optional<SignedInCaller> caller = tokens.authenticate(token.get());
    if (caller.isPresent()) {
      return context.notifyContainerAboutLogin(caller.get().username(), caller.get().groups());
    }
    try {
      ApiRequests.writeUnauthorized(request, response);
    } catch (IOException e) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
