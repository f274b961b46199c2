package org.capacita.shell.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Locale;
import org.capacita.accounts.application.MyAccount;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.web.LocaleSelector;
import org.omnifaces.util.Faces;

/**
 * The English / Español links in every page header. The choice holds for the session and, when
 * signed in, is saved as the account's language. The same page is then shown again.
 */
@Named
@RequestScoped
public class LanguageSwitcher {

  @Inject private LocaleSelector localeSelector;
  @Inject private MyAccount myAccount;

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
    external.redirect(Faces.getRequestURIWithQueryString());
  }
}
