package org.capacita.shell.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.capacita.accounts.application.MyAccount;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.web.LocaleSelector;

/**
 * The English / Español links in every page header. The choice holds for the session and, when
 * signed in, is saved as the account's language. The same page, with its parameters, is then shown
 * again; on an error page that is the address that failed ({@code workshop.xhtml?id=abc}), which
 * the form carries itself, since it posts to the site's root there.
 */
@Named
@RequestScoped
public class LanguageSwitcher {

  @Inject private LocaleSelector localeSelector;
  @Inject private MyAccount myAccount;

  private String page;

  public void choose(String language) throws IOException {
    if (!Messages.isSupported(language)) {
      return;
    }
    Locale locale = Locale.forLanguageTag(language);
    localeSelector.choose(locale);
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.getRemoteUser() != null) {
      myAccount.preferLanguage(locale);
    }
    external.redirect(isPageOfThisSite(page) ? page : external.getRequestContextPath() + "/");
  }

  /** The address of the page being shown, with its parameters: where the choice returns to. */
  public String getPage() {
    if (page == null) {
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      String uri = failed != null ? failed.toString() : request.getRequestURI();
      String query = request.getQueryString();
      page = query == null || query.isEmpty() ? uri : uri + "?" + query;
    }
    return page;
  }

  public void setPage(String page) {
    this.page = page;
  }

  /** A path on this site only ({@code /workshops/...}), never another site's address. */
  static boolean isPageOfThisSite(String address) {
    return address != null
        && address.startsWith("/")
        && !address.startsWith("//")
        && !address.contains("\\")
        && address.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
  }
}
