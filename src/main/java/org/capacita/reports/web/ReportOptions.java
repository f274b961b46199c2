package org.capacita.reports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.capacita.catalog.application.Modules;
import org.capacita.people.application.Places;
import org.capacita.reports.domain.Dimension;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.web.LocaleSelector;

/**
 * The choices of the report pages' menus, in the page's language, each value as the address carries
 * it: dimensions by their API name, sectors, modules and countries by code, sex and route by their
 * letters and words.
 */
@Named
@RequestScoped
public class ReportOptions {

  @Inject private Modules modules;
  @Inject private Places places;
  @Inject private LocaleSelector localeSelector;

  /** Every dimension a report can be split by. */
  public List<SelectItem> getDimensions() {
    return Arrays.stream(Dimension.values())
        .map(d -> new SelectItem(d.apiName(), text("enum.Dimension." + d.name())))
        .toList();
  }

  public List<SelectItem> getSectors() {
    return places.sectors().stream()
        .map(s -> new SelectItem(s.getCode(), s.name(locale())))
        .toList();
  }

  public List<SelectItem> getModules() {
    return modules.all().stream()
        .map(m -> new SelectItem(m.getCode(), m.getCode() + " · " + m.title(locale())))
        .sorted(Comparator.comparing(item -> item.getValue().toString()))
        .toList();
  }

  public List<SelectItem> getCountries() {
    return places.countries().stream()
        .map(c -> new SelectItem(c.getCode(), c.name(locale())))
        .sorted(Comparator.comparing(SelectItem::getLabel, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  public List<SelectItem> getSexes() {
    return Stream.of("F", "M", "X", "U")
        .map(code -> new SelectItem(code, text("enum.Sex." + code)))
        .toList();
  }

  public List<SelectItem> getRoutes() {
    return Stream.of("WORKSHOP", "ONLINE")
        .map(code -> new SelectItem(code, text("enum.CompletionRoute." + code)))
        .toList();
  }

  private String text(String key) {
    return Messages.get(locale(), key);
  }

  private Locale locale() {
    return localeSelector.getLocale();
  }
}
