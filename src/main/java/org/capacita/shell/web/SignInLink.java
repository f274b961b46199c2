package org.capacita.shell.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.capacita.accounts.security.LoginRedirect;

/**
 * The header's "Sign in" link of public pages: it comes back to the page it was followed from, with
 * its parameters ({@code catalog/module.xhtml?code=...}). Not from the account pages themselves or
 * an error page, where coming back would be pointless.
 */
@Named
@RequestScoped
public class SignInLink {

  private static final List<String> NOT_BACK_TO =
      List.of(
          "/login.xhtml",
          "/register.xhtml",
          "/confirm.xhtml",
          "/forgot-password.xhtml",
          "/reset-password.xhtml",
          "/error/",
          "/index.xhtml");

  /** Where sign-in should continue to, or null for the home page. */
  public String getContinueTo() {
    if (!(FacesContext.getCurrentInstance().getExternalContext().getRequest()
            instanceof HttpServletRequest request)
        || request.getDispatcherType() != DispatcherType.REQUEST) {
      return null;
    }
    return LoginRedirect.addressOf(request)
        .filter(path -> !"/".equals(path) && NOT_BACK_TO.stream().noneMatch(path::startsWith))
        .orElse(null);
  }
}
