package org.capacita.catalog.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.catalog.content.ModuleDescriptor;

/** A module as a catalogue card shows it, in the page's language where the module has it. */
public record ModuleCard(
    String code,
    String title,
    String description,
    String language,
    BigDecimal hours,
    List<String> languages,
    List<String> sectors,
    int lessonCount) {

  public static ModuleCard of(ModuleContent module, Locale locale) {
    ModuleDescriptor d = module.descriptor();
    return new ModuleCard(
        d.code(),
        d.title(locale),
        d.description(locale),
        d.languageFor(locale),
        d.hours(),
        d.languages(),
        d.sectors(),
        module.lessonCount());
  }
}
