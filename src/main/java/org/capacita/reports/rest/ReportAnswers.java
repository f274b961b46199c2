package org.capacita.reports.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.capacita.reports.application.DimensionLabels;
import org.capacita.reports.application.ReportCsv;
import org.capacita.reports.application.ReportLabels;
import org.capacita.reports.application.ReportPdf;
import org.capacita.reports.application.ReportTable;
import org.capacita.reports.application.ReportXlsx;
import org.capacita.reports.domain.Report;
import org.capacita.reports.domain.SuppressedCells;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.rest.RequestLocale;

/**
 * Writes a computed report in the format asked for: {@code format=} first, else the first of JSON,
 * CSV, XLSX or PDF the {@code Accept} header takes (JSON for anything else); files come as
 * attachments named after the period.
 */
@ApplicationScoped
public class ReportAnswers {

  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final String PDF = "application/pdf";

  @Inject private ReportLabels labels;

  Response answer(Report report, ReportRequest request, HttpHeaders headers) {
    Locale locale = RequestLocale.of(headers);
    DimensionLabels names = labels.of(report, locale);
    SuppressedCells hidden =
        request.suppress() > 0
            ? SuppressedCells.of(report, request.suppress())
            : SuppressedCells.none();
    String format = request.format() != null ? request.format() : negotiated(headers);
    if (format.equals("json")) {
      return Response.ok(
              ReportJson.of(report, names, hidden).toString(), MediaType.APPLICATION_JSON)
          .build();
    }
    ReportTable table = ReportTable.of(report, names, hidden, locale);
    StreamingOutput body =
        switch (format) {
          case "csv" -> out -> ReportCsv.write(table, out);
          case "xlsx" ->
              out -> ReportXlsx.write(table, Messages.get(locale, "reports.export.sheet"), out);
          default -> out -> ReportPdf.write(report, table, names, hidden, locale, out);
        };
    String type =
        switch (format) {
          case "csv" -> CSV + "; charset=UTF-8";
          case "xlsx" -> XLSX;
          default -> PDF;
        };
    return Response.ok(body, type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"capacita-report-"
                + report.query().from()
                + "-"
                + report.query().to()
                + "."
                + format
                + "\"")
        .build();
  }

  private static String negotiated(HttpHeaders headers) {
    for (MediaType accepted : headers.getAcceptableMediaTypes()) {
      if (accepted.isWildcardType() || accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
        return "json";
      }
      for (String[] format : new String[][] {{CSV, "csv"}, {XLSX, "xlsx"}, {PDF, "pdf"}}) {
        if (accepted.isCompatible(MediaType.valueOf(format[0]))) {
          return format[1];
        }
      }
    }
    return "json";
  }
}
