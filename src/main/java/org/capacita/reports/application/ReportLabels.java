package org.capacita.reports.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.capacita.catalog.application.Modules;
import org.capacita.people.domain.Country;
import org.capacita.people.domain.Institution;
import org.capacita.people.domain.Sector;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.PeriodKeys;
import org.capacita.reports.domain.Report;
import org.capacita.reports.domain.ReportRow;
import org.capacita.shared.i18n.Messages;

/** Names the dimension values of a report (or of a list of values) in the reader's language. */
@ApplicationScoped
public class ReportLabels {

  @PersistenceContext private EntityManager em;
  @Inject private Modules modules;
  @Inject private ReportSettings settings;

  /** The labels of every value in the report's rows and filters. */
  public DimensionLabels of(Report report, Locale locale) {
    DimensionLabels labels = labels(locale);
    // each value named once: a report of 2,000 rows holds a dozen sectors, not 2,000
    Set<Map.Entry<Dimension, String>> named = new HashSet<>();
    for (ReportRow row : report.rows()) {
      row.key()
          .forEach(
              (dimension, value) -> {
                if (named.add(new SimpleImmutableEntry<>(dimension, value))) {
                  name(labels, dimension, value, locale);
                }
              });
    }
    report.query().filters().forEach((dimension, value) -> name(labels, dimension, value, locale));
    return labels;
  }

  /** The labels of the given values of one dimension (a page's menu, say). */
  public DimensionLabels of(Dimension dimension, Collection<String> values, Locale locale) {
    DimensionLabels labels = labels(locale);
    for (String value : new HashSet<>(values)) {
      name(labels, dimension, value, locale);
    }
    return labels;
  }

  private static DimensionLabels labels(Locale locale) {
    return new DimensionLabels(Messages.get(locale, "reports.value.none"));
  }

  private void name(DimensionLabels labels, Dimension dimension, String value, Locale locale) {
    if (value == null) {
      return;
    }
    String label = label(dimension, value, locale);
    if (label != null) {
      labels.put(dimension, value, label);
    }
  }

  /** The label of one value, or null when the value is its own label. */
  String label(Dimension dimension, String value, Locale locale) {
    PeriodKeys periods = settings.periods();
    return switch (dimension) {
      case SEX -> Messages.get(locale, "enum.Sex." + value);
      case ROUTE -> Messages.get(locale, "enum.CompletionRoute." + value);
      case SECTOR -> named(em.find(Sector.class, value), s -> s.name(locale));
      case VENUE_COUNTRY, WORK_COUNTRY -> named(em.find(Country.class, value), c -> c.name(locale));
      case INSTITUTION ->
          named(em.find(Institution.class, Long.valueOf(value)), Institution::getName);
      case MODULE -> modules.findByCode(value).map(m -> m.title(locale)).orElse(null);
      case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.parse(value));
      case QUARTER ->
          Messages.get(locale, "reports.period.quarter", value.substring(0, 4), value.substring(6));
      case FISCAL_YEAR -> fiscalYear(value, periods, locale);
      default -> null;
    };
  }

  private static String fiscalYear(String value, PeriodKeys periods, Locale locale) {
    if (periods.fiscalYearStart() == 1) {
      return Messages.get(locale, "reports.period.fiscalYear", value);
    }
    int year = Integer.parseInt(value);
    return Messages.get(
        locale, "reports.period.fiscalYearAcross", value, String.format("%02d", (year + 1) % 100));
  }

  private static <T> String named(T found, java.util.function.Function<T, String> name) {
    return found == null ? null : name.apply(found);
  }
}
