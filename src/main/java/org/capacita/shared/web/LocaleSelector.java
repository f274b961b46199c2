package org.capacita.shared.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.capacita.shared.i18n.Messages;

/**
 * The language pages are shown in: the one chosen (or the account's, at sign-in); otherwise the
 * browser's {@code Accept-Language} when it is English or Spanish; else English.
 */
@Named
@SessionScoped
public class LocaleSelector implements Serializable {

  private static final long serialVersionUID = 1L;

  private Locale chosen;

  public Locale getLocale() {
    if (chosen != null) {
      return chosen;
    }
    List<Locale> preferences = new ArrayList<>();
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestLocales()
        .forEachRemaining(preferences::add);
    return Messages.negotiate(preferences);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }

  public void choose(Locale locale) {
    chosen = Messages.supported(locale);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(chosen);
  }
}
