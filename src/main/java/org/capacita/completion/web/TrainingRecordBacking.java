package org.capacita.completion.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.capacita.catalog.application.Modules;
import org.capacita.catalog.domain.Module;
import org.capacita.completion.application.Completions;
import org.capacita.people.application.PersonDirectory;
import org.capacita.shared.web.LocaleSelector;

/**
 * The training record on {@code people/person.xhtml}: every module the person completed, online or
 * in a workshop, with its date and hours. Only for those who may see the person at all.
 */
@Named
@RequestScoped
public class TrainingRecordBacking {

  @Inject private PersonDirectory directory;
  @Inject private Completions completions;
  @Inject private Modules modules;
  @Inject private LocaleSelector localeSelector;

  private List<Row> rows;

  /** The person's completions, newest first; the person must be visible to the caller. */
  public List<Row> of(long personId) {
    if (rows == null) {
      directory.visible(personId);
      Locale locale = localeSelector.getLocale();
      Map<String, Module> byCode =
          modules.all().stream().collect(Collectors.toMap(Module::getCode, Function.identity()));
      rows =
          completions.ofPerson(personId).stream()
              .map(
                  c -> {
                    Module module = byCode.get(c.getModuleCode());
                    return new Row(
                        module == null ? c.getModuleCode() : module.title(locale),
                        c.getRoute().name(),
                        c.getCompletedOn(),
                        c.getHours());
                  })
              .toList();
    }
    return rows;
  }

  /** One completion as the page shows it. */
  public static final class Row {
    private final String module;
    private final String route;
    private final LocalDate completedOn;
    private final BigDecimal hours;

    Row(String module, String route, LocalDate completedOn, BigDecimal hours) {
      this.module = module;
      this.route = route;
      this.completedOn = completedOn;
      this.hours = hours;
    }

    public String getModule() {
      return module;
    }

    public String getRoute() {
      return route;
    }

    public LocalDate getCompletedOn() {
      return completedOn;
    }

    public BigDecimal getHours() {
      return hours;
    }
  }
}
