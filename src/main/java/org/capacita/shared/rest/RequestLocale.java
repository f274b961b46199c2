package org.capacita.shared.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import org.capacita.shared.i18n.Messages;

/** The supported locale an API answer is written in: from {@code Accept-Language}, else English. */
public final class RequestLocale {

  private RequestLocale() {}

  public static Locale of(HttpHeaders headers) {
    if (headers == null) {
      return Messages.ENGLISH;
    }
    List<Locale> preferences;
    try {
      preferences = headers.getAcceptableLanguages();
    } catch (RuntimeException malformedHeader) {
      return Messages.ENGLISH;
    }
    return Messages.negotiate(preferences);
  }
}
