package org.capacita.reports.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.capacita.reports.application.DimensionLabels;
import org.capacita.reports.application.ReportLabels;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.PeriodKeys;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.i18n.Messages;

/**
 * The period picker of the report pages: a menu of months, quarters, years and fiscal years, and a
 * custom range of two dates. Whatever the person changed wins: dates other than the period shown
 * make a custom range, else the menu's choice is taken. It works without JavaScript.
 */
public class PeriodForm implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The menu's value for "the dates below". */
  public static final String CUSTOM = "CUSTOM";

  /** How many periods of each kind the menu lists, back from today or the latest training. */
  private static final int MONTHS = 24;

  private static final int QUARTERS = 12;
  private static final int YEARS = 10;

  private String choice;
  private String customFrom;
  private String customTo;

  /** Fills the form with the period shown. */
  public void show(ShownPeriod shown) {
    choice = shown.choice();
    customFrom = shown.from().toString();
    customTo = shown.to().toString();
  }

  /** The period the form asks for, given the one shown when it was filled. */
  public ShownPeriod chosen(ShownPeriod shown, PeriodKeys keys) {
    LocalDate first = customFrom == null ? shown.from() : LocalDate.parse(customFrom);
    LocalDate last = customTo == null ? shown.to() : LocalDate.parse(customTo);
    boolean datesChanged = !first.equals(shown.from()) || !last.equals(shown.to());
    if (datesChanged || CUSTOM.equals(choice) || choice == null) {
      if (first.isAfter(last)) {
        throw new InvalidInputException("from", "reports.problem.fromAfterTo", first, last);
      }
      return ShownPeriod.of(first, last, keys);
    }
    int colon = choice.indexOf(':');
    Dimension kind =
        colon < 0
            ? null
            : ShownPeriod.KINDS.stream()
                .filter(k -> k.name().equals(choice.substring(0, colon)))
                .findFirst()
                .orElse(null);
    if (kind == null) {
      throw new InvalidInputException("period", "reports.problem.period", choice);
    }
    return ShownPeriod.whole(kind, choice.substring(colon + 1), keys);
  }

  /**
   * The menu: "custom range", then each kind's periods, newest first, back from {@code newest} (the
   * later of today and the latest training), the period shown included.
   */
  public static List<SelectItem> options(
      ShownPeriod shown, LocalDate newest, PeriodKeys keys, ReportLabels labels, Locale locale) {
    List<SelectItem> options = new ArrayList<>();
    options.add(new SelectItem(CUSTOM, Messages.get(locale, "reports.period.custom")));
    for (Dimension kind : ShownPeriod.kinds(keys)) {
      Set<String> periodKeys = new LinkedHashSet<>();
      ShownPeriod period = ShownPeriod.holding(kind, newest, keys);
      int count = kind == Dimension.MONTH ? MONTHS : kind == Dimension.QUARTER ? QUARTERS : YEARS;
      for (int i = 0; i < count; i++) {
        periodKeys.add(period.key());
        period = period.previous(keys);
      }
      if (kind == shown.kind()) {
        periodKeys.add(shown.key());
      }
      DimensionLabels names = labels.of(kind, periodKeys, locale);
      SelectItemGroup group =
          new SelectItemGroup(Messages.get(locale, "reports.period.group." + kind.name()));
      group.setSelectItems(
          periodKeys.stream()
              .sorted((a, b) -> b.compareTo(a))
              .map(key -> new SelectItem(kind.name() + ":" + key, names.label(kind, key)))
              .toArray(SelectItem[]::new));
      options.add(group);
    }
    return options;
  }

  public String getChoice() {
    return choice;
  }

  public void setChoice(String choice) {
    this.choice = choice;
  }

  /** The first day typed, as {@code YYYY-MM-DD} (the day converter gives it so). */
  public String getCustomFrom() {
    return customFrom;
  }

  public void setCustomFrom(String customFrom) {
    this.customFrom = customFrom;
  }

  public String getCustomTo() {
    return customTo;
  }

  public void setCustomTo(String customTo) {
    this.customTo = customTo;
  }
}
