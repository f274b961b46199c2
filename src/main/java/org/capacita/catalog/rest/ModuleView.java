package org.capacita.catalog.rest;

import java.math.BigDecimal;
import java.util.Locale;
import org.capacita.catalog.content.ModuleContent;

/** A module in the list: code, title in the request's language, hours and content version. */
public record ModuleView(String code, String title, BigDecimal hours, int version) {

  static ModuleView of(ModuleContent module, Locale locale) {
    return new ModuleView(
        module.code(),
        module.descriptor().title(locale),
        module.descriptor().hours(),
        module.descriptor().version());
  }
}
