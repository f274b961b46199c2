package org.capacita.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.capacita.catalog.content.LoadReport;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.catalog.domain.ModuleStatus;

/**
 * The modules as last loaded, in memory: what pages and learning read lessons and questions from. A
 * load replaces the whole set at once; a module whose folder had errors keeps its previous content,
 * if it had any.
 */
@ApplicationScoped
public class Catalog {

  private volatile Map<String, ModuleContent> modules = Map.of();
  private volatile LoadReport lastReport;

  void replace(LoadReport report) {
    Map<String, ModuleContent> next = new LinkedHashMap<>();
    for (String code : modules.keySet()) {
      if (report.errors().stream().anyMatch(e -> e.file().startsWith("modules/" + code + "/"))) {
        next.put(code, modules.get(code));
      }
    }
    report.modules().forEach(m -> next.put(m.code(), m));
    modules = Map.copyOf(next);
    lastReport = report;
  }

  public Optional<LoadReport> lastReport() {
    return Optional.ofNullable(lastReport);
  }

  public Optional<ModuleContent> find(String code) {
    return Optional.ofNullable(code == null ? null : modules.get(code));
  }

  /** A module learners may see: loaded and published. */
  public Optional<ModuleContent> published(String code) {
    return find(code).filter(m -> m.descriptor().status() == ModuleStatus.PUBLISHED);
  }

  /**
   * Published modules, by title in {@code locale}, optionally only for a sector, in a language and
   * of at most some hours (null means any).
   */
  public List<ModuleContent> published(
      Locale locale, String sector, String language, BigDecimal maxHours) {
    return modules.values().stream()
        .filter(m -> m.descriptor().status() == ModuleStatus.PUBLISHED)
        .filter(m -> sector == null || m.descriptor().sectors().contains(sector))
        .filter(m -> language == null || m.descriptor().languages().contains(language))
        .filter(m -> maxHours == null || m.descriptor().hours().compareTo(maxHours) <= 0)
        .sorted(Comparator.comparing(m -> m.descriptor().title(locale)))
        .toList();
  }
}
