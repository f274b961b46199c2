package org.capacita.scheduling.domain;

import java.util.Locale;
import org.capacita.catalog.domain.Module;
import org.capacita.shared.i18n.Messages;

/**
 * What a workshop is called: the title a trainer gave it, or else its module's title in the
 * reader's language. The module's title is never stored as the workshop's own: a workshop left
 * untitled would otherwise read in the language of whoever scheduled it, for everyone.
 *
 * @param own the workshop's own title; null when it has none
 */
public record WorkshopTitle(String own, Module module) {

  /**
   * Keeps {@code own} only if it says something the module's title does not: blank, or the module's
   * title in a supported language (as a client sends back the title it was shown), is no title of
   * its own.
   */
  public WorkshopTitle {
    own = own == null || own.isBlank() ? null : own.strip();
    if (own != null && module != null) {
      for (Locale language : Messages.SUPPORTED) {
        if (own.equals(module.title(language))) {
          own = null;
          break;
        }
      }
    }
  }

  /** The title for a reader of {@code locale}. */
  public String in(Locale locale) {
    return own != null ? own : module.title(Messages.supported(locale));
  }
}
