package org.capacita.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.UserText;

/**
 * Adds translated messages to the page, kept across a POST-redirect-GET. Text arguments (names,
 * titles) are isolated ({@link UserText}) so that they cannot reorder the sentence around them.
 */
public final class PageMessages {

  private PageMessages() {}

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  public static void warn(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_WARN, key, arguments);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void error(BusinessRuleException exception) {
    error(exception.getMessageKey(), exception.getArguments());
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext context = FacesContext.getCurrentInstance();
    Locale locale = context.getViewRoot().getLocale();
    String text = Messages.get(locale, key, UserText.isolateAll(arguments));
    context.addMessage(null, new FacesMessage(severity, text, null));
    context.getExternalContext().getFlash().setKeepMessages(true);
  }
}
