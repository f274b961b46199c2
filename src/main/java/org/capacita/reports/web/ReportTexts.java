package org.capacita.reports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.capacita.reports.application.ReportLabels;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.web.Formats;
import org.capacita.shared.web.LocaleSelector;

/**
 * The report pages' words for what the address and the figures hold: the period's name and days,
 * the filters in use ("Sector: Health"), and numbers in the page's language.
 */
@Named
@RequestScoped
public class ReportTexts {

  @Inject private ReportLabels labels;
  @Inject private Formats formats;
  @Inject private LocaleSelector localeSelector;

  /** "Q2 2026", "April 2026", "2026"; for a custom range, its days. */
  public String period(ShownPeriod period) {
    if (period == null) {
      return "";
    }
    if (period.isCustom()) {
      return range(period);
    }
    return capitalized(
        labels
            .of(period.kind(), Set.of(period.key()), locale())
            .label(period.kind(), period.key()));
  }

  /** The period's first and last day: "1 April 2026 – 30 June 2026". */
  public String range(ShownPeriod period) {
    return period == null
        ? ""
        : Messages.get(
            locale(), "reports.period.range", formats.day(period.from()), formats.day(period.to()));
  }

  /** The filters of an address, each as "Dimension: value" in the page's language. */
  public List<String> filters(ReportAddress address) {
    return address.filterValues().entrySet().stream().map(this::filter).toList();
  }

  /** A number's cell (a row's values), each as "Dimension: value"; "(none)" for no value. */
  public List<String> cell(Map<Dimension, String> cell) {
    return cell.entrySet().stream().map(this::filter).toList();
  }

  private String filter(Map.Entry<Dimension, String> filter) {
    Dimension dimension = filter.getKey();
    String value =
        filter.getValue() == null
            ? labels.of(dimension, Set.of(), locale()).label(dimension, null)
            : labels
                .of(dimension, Set.of(filter.getValue()), locale())
                .label(dimension, filter.getValue());
    return Messages.get(
        locale(),
        "reports.filter",
        Messages.get(locale(), "enum.Dimension." + dimension.name()),
        value);
  }

  /** A count or sum in the page's language (1,234 or 1.234); a dash for none. */
  public String number(Number number) {
    if (number == null) {
      return Messages.get(locale(), "reports.value.missing");
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale());
    format.setMaximumFractionDigits(1);
    return number instanceof BigDecimal decimal ? format.format(decimal) : format.format(number);
  }

  /** The version of the indicators' definitions the figures follow. */
  public String getDefinitionsVersion() {
    return Indicator.DEFINITIONS_VERSION;
  }

  private String capitalized(String text) {
    return text == null || text.isEmpty()
        ? ""
        : text.substring(0, 1).toUpperCase(locale()) + text.substring(1);
  }

  private Locale locale() {
    return localeSelector.getLocale();
  }
}
