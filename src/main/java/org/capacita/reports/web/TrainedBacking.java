package org.capacita.reports.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.capacita.reports.application.DimensionLabels;
import org.capacita.reports.application.ReportLabels;
import org.capacita.reports.application.Reports;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.Report;
import org.capacita.reports.domain.ReportQuery;
import org.capacita.reports.domain.ReportRow;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code reports/trained.xhtml}: people, participations and first-time people split by up to three
 * dimensions, with a total computed on its own; every number links to its people, and the downloads
 * hold the same rows. Opened afresh, it shows the default period split by sector.
 */
@Named
@ViewScoped
public class TrainedBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The indicators of the table, in its column order. */
  public static final List<Indicator> COLUMNS =
      List.of(Indicator.PEOPLE, Indicator.PARTICIPATIONS, Indicator.FIRST_TIME_PEOPLE);

  @Inject private Reports reports;
  @Inject private ReportLabels labels;
  @Inject private LatestTraining latest;
  @Inject private LocaleSelector localeSelector;

  private final ReportForm form = new ReportForm();
  private final String[] split = new String[ReportQuery.MAX_DIMENSIONS];
  private List<Dimension> dimensions = List.of();
  private List<TableRow> rows = List.of();
  private TableRow total;

  public void load() {
    ReportAddress address = form.getAddress();
    if (address.isPeriodMissing() && ReportAddress.blank(address.getBy())) {
      address.setBy(Dimension.SECTOR.apiName());
    }
    if (!form.resolve(reports.periods(), latest.day())) {
      return;
    }
    dimensions = address.dimensions();
    for (int i = 0; i < split.length; i++) {
      split[i] = i < dimensions.size() ? dimensions.get(i).apiName() : null;
    }
    Report report = reports.run(address.query(ReportQuery.TRAINED_FIRST_TIME));
    DimensionLabels names = labels.of(report, localeSelector.getLocale());
    List<TableRow> shown = new ArrayList<>();
    for (ReportRow row : report.rows()) {
      shown.add(TableRow.of(row, dimensions, names, address));
    }
    rows = shown;
    total = TableRow.of(report.totals(), List.of(), names, address);
  }

  /** Shows the dimensions, period and filters chosen in the form (POST-redirect-GET). */
  public String show() {
    Set<String> chosen = new LinkedHashSet<>();
    for (String name : split) {
      if (!ReportAddress.blank(name)) {
        chosen.add(name);
      }
    }
    form.getAddress().setBy(String.join(",", chosen));
    if (form.getAddress().getBy().isEmpty()) {
      form.getAddress().setBy(null);
    }
    String query = form.submitted(reports.periods());
    return query == null ? null : "/reports/trained?faces-redirect=true&" + query;
  }

  /** The address of a download in {@code format} (csv, xlsx or pdf) of exactly these rows. */
  public String download(String format) {
    return form.getAddress().queryStringWith("format", format);
  }

  /** Checks the threshold typed for downloads, then shows the page with it in the address. */
  public String suppress() {
    try {
      form.getAddress().suppression();
    } catch (InvalidInputException e) {
      PageMessages.error(e);
      return null;
    }
    return "/reports/trained?faces-redirect=true&" + form.getAddress().queryString();
  }

  public List<SelectItem> getPeriodOptions() {
    return form.periodOptions(reports.periods(), labels, localeSelector.getLocale());
  }

  public ReportForm getForm() {
    return form;
  }

  /** The three dimension menus' values, by API name. */
  public String[] getSplit() {
    return split;
  }

  public List<Dimension> getDimensions() {
    return dimensions;
  }

  public List<Indicator> getColumns() {
    return COLUMNS;
  }

  public List<TableRow> getRows() {
    return rows;
  }

  public TableRow getTotal() {
    return total;
  }
}
