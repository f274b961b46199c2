package org.capacita.catalog.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.capacita.catalog.domain.CompletionRule;
import org.capacita.catalog.domain.ModuleStatus;

/** What {@code module.properties} says about a module. */
public record ModuleDescriptor(
    String code,
    int version,
    ModuleStatus status,
    BigDecimal hours,
    List<String> sectors,
    List<String> languages,
    Map<String, String> titles,
    Map<String, String> descriptions,
    boolean pretest,
    boolean posttest,
    int passMark,
    int maxAttempts,
    CompletionRule completion,
    int workshopAttendance,
    boolean workshopPostTest) {

  /**
   * The share of a workshop's session hours a participant must attend, unless it says otherwise.
   */
  public static final int DEFAULT_WORKSHOP_ATTENDANCE = 80;

  public ModuleDescriptor {
    sectors = List.copyOf(sectors);
    languages = List.copyOf(languages);
    titles = Map.copyOf(titles);
    descriptions = Map.copyOf(descriptions);
  }

  /** The language of {@code locale} when the module has it, else the module's first language. */
  public String languageFor(Locale locale) {
    return languages.contains(locale.getLanguage()) ? locale.getLanguage() : languages.get(0);
  }

  public String title(Locale locale) {
    return titles.get(languageFor(locale));
  }

  public String description(Locale locale) {
    return descriptions.get(languageFor(locale));
  }
}
