package org.capacita.reports.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.capacita.reports.application.DimensionLabels;
import org.capacita.reports.application.ReportCsv;
import org.capacita.reports.application.ReportLabels;
import org.capacita.reports.application.ReportPdf;
import org.capacita.reports.application.ReportTable;
import org.capacita.reports.application.ReportXlsx;
import org.capacita.reports.application.Reports;
import org.capacita.reports.domain.Report;
import org.capacita.reports.domain.ReportQuery;
import org.capacita.reports.domain.SuppressedCells;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.web.LocaleSelector;

/**
 * {@code reports/export.xhtml}: the report page's rows as a CSV, XLSX or PDF file, from the same
 * address (period, dimensions, filters) and the same query, so the file holds what the page shows;
 * with {@code suppress=k}, counts below k are hidden as the API hides them. A malformed address is
 * a 400; the page itself is never shown.
 */
@Named
@RequestScoped
public class ReportExport {

  @Inject private Reports reports;
  @Inject private ReportLabels labels;
  @Inject private LocaleSelector localeSelector;

  private final ReportForm form = new ReportForm();
  private String format;

  public void write() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    Locale locale = localeSelector.getLocale();
    Report report;
    Integer k;
    try {
      report = reports.run(form.getAddress().query(ReportQuery.TRAINED_FIRST_TIME));
      k = form.getAddress().suppression();
    } catch (InvalidInputException e) {
      external.responseSendError(400, Messages.get(locale, e.getMessageKey(), e.getArguments()));
      faces.responseComplete();
      return;
    }
    String type =
        switch (format == null ? "" : format) {
          case "csv" -> "text/csv; charset=UTF-8";
          case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
          case "pdf" -> "application/pdf";
          default -> null;
        };
    if (type == null) {
      external.responseSendError(400, Messages.get(locale, "reports.problem.format", format));
      faces.responseComplete();
      return;
    }
    DimensionLabels names = labels.of(report, locale);
    SuppressedCells hidden = k == null ? SuppressedCells.none() : SuppressedCells.of(report, k);
    ReportTable table = ReportTable.of(report, names, hidden, locale);
    external.setResponseContentType(type);
    external.setResponseHeader(
        "Content-Disposition",
        "attachment; filename=\"capacita-report-"
            + report.query().from()
            + "-"
            + report.query().to()
            + "."
            + format
            + "\"");
    OutputStream out = external.getResponseOutputStream();
    switch (format) {
      case "csv" -> ReportCsv.write(table, out);
      case "xlsx" -> ReportXlsx.write(table, Messages.get(locale, "reports.export.sheet"), out);
      default -> ReportPdf.write(report, table, names, hidden, locale, out);
    }
    out.flush();
    faces.responseComplete();
  }

  public ReportForm getForm() {
    return form;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }
}
