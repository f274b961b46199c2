package org.capacita.catalog.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.capacita.catalog.application.Catalog;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.web.LocaleSelector;

/**
 * {@code catalog/index.xhtml}: published modules, filtered by sector, language and length. Sectors
 * are named by the registry's {@code placeNames} on the page: catalog sits beside people.
 */
@Named
@RequestScoped
public class CatalogBacking {

  private static final List<Integer> LENGTHS = List.of(2, 4, 8, 16);

  @Inject private Catalog catalog;
  @Inject private LocaleSelector localeSelector;

  private String sector;
  private String language;
  private Integer hours;
  private List<ModuleCard> modules;

  public void load() {
    Locale locale = localeSelector.getLocale();
    modules =
        catalog
            .published(
                locale,
                blankToNull(sector),
                blankToNull(language),
                hours == null ? null : BigDecimal.valueOf(hours))
            .stream()
            .map(module -> ModuleCard.of(module, locale))
            .toList();
  }

  public String filter() {
    return "/catalog/index?faces-redirect=true&includeViewParams=true";
  }

  /** The sectors some published module is meant for, as codes. */
  public List<String> getSectorCodes() {
    return catalog.published(localeSelector.getLocale(), null, null, null).stream()
        .flatMap(m -> m.descriptor().sectors().stream())
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  public String lengthLabel(int length) {
    return Messages.get(localeSelector.getLocale(), "catalog.index.upToHours", length);
  }

  public List<Integer> getLengths() {
    return LENGTHS;
  }

  public List<ModuleCard> getModules() {
    return modules;
  }

  public String getSector() {
    return sector;
  }

  public void setSector(String sector) {
    this.sector = sector;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer hours) {
    this.hours = hours;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
