package org.capacita.accounts.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.capacita.accounts.security.LoginRedirect;

/** The sign-out button of the signed-in template: ends the session, back to the login page. */
@Named
@RequestScoped
public class SignOutBacking {

  public void signOut() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    external.redirect(external.getRequestContextPath() + LoginRedirect.LOGIN_PAGE);
  }
}
