package org.capacita.reports.web;

import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.capacita.reports.application.ReportLabels;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.PeriodKeys;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.web.PageMessages;

/**
 * What the report pages share: the address (their view parameters), the period it shows and the
 * picker's form, and the address that the form's "Show" goes to. A page opened without a period
 * shows the calendar year of the latest training (this year when there is none).
 */
public class ReportForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ReportAddress address = new ReportAddress();
  private final PeriodForm period = new PeriodForm();
  private ShownPeriod shown;
  private ShownPeriod previous;
  private ShownPeriod next;
  private LocalDate newest;

  /**
   * Settles the period shown and fills the picker; false, with a message on the page, when the
   * address holds a malformed date or filter.
   */
  public boolean resolve(PeriodKeys keys, Optional<LocalDate> latest) {
    LocalDate today = LocalDate.now();
    newest = latest.filter(day -> day.isAfter(today)).orElse(today);
    if (address.isPeriodMissing()) {
      ShownPeriod year = ShownPeriod.holding(Dimension.YEAR, latest.orElse(today), keys);
      address.period(year.from(), year.to());
    }
    try {
      var query = address.query(List.of(), null);
      address.dimensions();
      address.suppression();
      shown = ShownPeriod.of(query.from(), query.to(), keys);
      previous = shown.previous(keys);
      next = shown.next(keys);
      period.show(shown);
      return true;
    } catch (InvalidInputException e) {
      PageMessages.error(e);
      return false;
    }
  }

  /**
   * The query string of the address the form asks for (its period, the filters as edited), or null
   * with a message when the period cannot be read.
   */
  public String submitted(PeriodKeys keys) {
    try {
      ShownPeriod chosen =
          period.chosen(shown == null ? ShownPeriod.of(newest, newest, keys) : shown, keys);
      address.period(chosen.from(), chosen.to());
      address.query(List.of(), null);
      return address.queryString();
    } catch (InvalidInputException e) {
      PageMessages.error(e);
      return null;
    } catch (java.time.format.DateTimeParseException e) {
      PageMessages.error("reports.problem.date", "from");
      return null;
    }
  }

  /** The choices of the period menu. */
  public List<SelectItem> periodOptions(PeriodKeys keys, ReportLabels labels, Locale locale) {
    return shown == null ? List.of() : PeriodForm.options(shown, newest, keys, labels, locale);
  }

  /** The query string of the same address over {@code other}'s days (previous, next). */
  public String over(ShownPeriod other) {
    Map<String, String> values = address.parameters();
    values.put("from", other.from().toString());
    values.put("to", other.to().toString());
    return ReportAddress.queryString(values);
  }

  /** Whether a filter under "More filters" is set: the page then shows them open. */
  public boolean isMoreFiltersUsed() {
    return address.filterValues().keySet().stream()
        .anyMatch(d -> d != Dimension.SECTOR && d != Dimension.MODULE);
  }

  /** The period of the same kind before the one shown; null for a custom range. */
  public ShownPeriod getPrevious() {
    return previous;
  }

  public ShownPeriod getNext() {
    return next;
  }

  public ReportAddress getAddress() {
    return address;
  }

  public PeriodForm getPeriod() {
    return period;
  }

  /** The period shown, or null when the address could not be read. */
  public ShownPeriod getShown() {
    return shown;
  }
}
