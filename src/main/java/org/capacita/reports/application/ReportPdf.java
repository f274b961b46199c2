package org.capacita.reports.application;

import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import java.io.OutputStream;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.capacita.infrastructure.documents.PdfFonts;
import org.capacita.infrastructure.documents.PrintedText;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.Report;
import org.capacita.reports.domain.SuppressedCells;
import org.capacita.shared.i18n.Messages;

/**
 * A report as a PDF (iText, the shipped DejaVu fonts): its indicators, period, filters and "as of"
 * time, the table with its total line, the indicators' definitions with their version, and what
 * suppression hid. Typed text passes through {@link PrintedText}.
 */
public final class ReportPdf {

  private ReportPdf() {}

  public static void write(
      Report report,
      ReportTable table,
      DimensionLabels labels,
      SuppressedCells hidden,
      Locale locale,
      OutputStream out) {
    PdfDocument pdf = new PdfDocument(new PdfWriter(out));
    pdf.getDocumentInfo().setTitle(title(report, locale));
    PdfFont regular = PdfFonts.SANS.forOneDocument();
    PdfFont bold = PdfFonts.SANS_BOLD.forOneDocument();
    PageSize size = table.header().size() > 5 ? PageSize.A4.rotate() : PageSize.A4;
    try (Document document = new Document(pdf, size)) {
      document.setFont(regular).setFontSize(9);
      document.add(new Paragraph(title(report, locale)).setFont(bold).setFontSize(14));
      document.add(new Paragraph(heading(report, labels, locale)));
      document.add(grid(table, bold, locale));
      if (!report.query().by().isEmpty()) {
        document.add(new Paragraph(Messages.get(locale, "reports.export.notAdditive")));
      }
      if (hidden.isActive()) {
        document.add(
            new Paragraph(
                Messages.get(locale, "reports.export.suppressed", String.valueOf(hidden.k()))));
      }
      document.add(
          new Paragraph(
                  Messages.get(locale, "reports.export.definitions", report.definitionsVersion()))
              .setFont(bold)
              .setMarginTop(8));
      for (Indicator indicator : report.query().indicators()) {
        document.add(
            new Paragraph()
                .add(
                    new com.itextpdf.layout.element.Text(
                            Messages.get(locale, indicator.nameKey()) + ": ")
                        .setFont(bold))
                .add(Messages.get(locale, indicator.definitionKey())));
      }
    }
  }

  static String title(Report report, Locale locale) {
    return Messages.get(
        locale,
        "reports.export.title",
        report.query().indicators().stream()
            .map(i -> Messages.get(locale, i.nameKey()))
            .collect(Collectors.joining(", ")));
  }

  private static String heading(Report report, DimensionLabels labels, Locale locale) {
    DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    List<String> lines = new ArrayList<>();
    lines.add(
        Messages.get(
            locale,
            "reports.export.period",
            day.format(report.query().from()),
            day.format(report.query().to())));
    List<String> filters = new ArrayList<>();
    report
        .query()
        .filters()
        .forEach(
            (dimension, value) ->
                filters.add(
                    Messages.get(locale, "enum.Dimension." + dimension.name())
                        + " = "
                        + PrintedText.of(labels.label(dimension, value))));
    lines.add(
        filters.isEmpty()
            ? Messages.get(locale, "reports.export.noFilters")
            : Messages.get(locale, "reports.export.filters", String.join("; ", filters)));
    lines.add(
        Messages.get(
            locale,
            "reports.export.asOf",
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(locale)
                    .withZone(ZoneOffset.UTC)
                    .format(report.asOf())
                + " UTC"));
    return String.join("\n", lines);
  }

  private static Table grid(ReportTable table, PdfFont bold, Locale locale) {
    int columns = table.header().size();
    Table grid = new Table(UnitValue.createPercentArray(columns)).useAllAvailableWidth();
    NumberFormat numbers = NumberFormat.getNumberInstance(locale);
    numbers.setMaximumFractionDigits(3);
    for (String name : table.header()) {
      grid.addHeaderCell(new Cell().add(new Paragraph(name).setFont(bold)));
    }
    for (List<ReportTable.Cell> line : table.lines()) {
      addLine(grid, line, table.dimensionCount(), numbers, null);
    }
    addLine(grid, table.totals(), table.dimensionCount(), numbers, bold);
    return grid;
  }

  private static void addLine(
      Table grid, List<ReportTable.Cell> line, int dimensions, NumberFormat numbers, PdfFont font) {
    for (int c = 0; c < line.size(); c++) {
      ReportTable.Cell value = line.get(c);
      String text =
          value.isNumber() ? numbers.format(value.number()) : PrintedText.of(value.text());
      Cell cell = new Cell().add(new Paragraph(text));
      if (c >= dimensions) {
        cell.setTextAlignment(TextAlignment.RIGHT);
      }
      if (font != null) {
        cell.setFont(font);
      }
      grid.addCell(cell);
    }
  }
}
