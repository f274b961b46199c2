package org.capacita.reports.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.Report;
import org.capacita.reports.domain.ReportQuery;
import org.capacita.reports.domain.ReportRow;
import org.capacita.reports.domain.SuppressedCells;
import org.capacita.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The three files of one report, written without a container (the PDF kept in target/). */
class ReportExportsTest {

  private static final Locale SPANISH = Messages.SPANISH;

  private static ReportRow row(String institution, long people, long participations) {
    Map<Dimension, String> key = new LinkedHashMap<>();
    key.put(Dimension.INSTITUTION, institution);
    return new ReportRow(
        key,
        Map.of(
            Indicator.PEOPLE,
            people,
            Indicator.PARTICIPATIONS,
            participations,
            Indicator.PERSON_HOURS,
            new BigDecimal("12.5")));
  }

  private static Report report() {
    ReportQuery query =
        new ReportQuery(
            LocalDate.of(2026, 4, 17),
            LocalDate.of(2026, 5, 30),
            List.of(Dimension.INSTITUTION),
            Map.of(Dimension.WORK_COUNTRY, "CL"),
            EnumSet.of(Indicator.PEOPLE, Indicator.PARTICIPATIONS, Indicator.PERSON_HOURS));
    return new Report(
        query,
        List.of(row("1", 2, 3), row("2", 40, 41), row("3", 25, 30)),
        new ReportRow(
            Map.of(),
            Map.of(
                Indicator.PEOPLE, 66L,
                Indicator.PARTICIPATIONS, 74L,
                Indicator.PERSON_HOURS, new BigDecimal("37.5"))),
        Instant.parse("2026-06-01T12:00:00Z"),
        Indicator.DEFINITIONS_VERSION);
  }

  private static DimensionLabels labels() {
    DimensionLabels labels = new DimensionLabels("(sin dato)");
    labels.put(Dimension.INSTITUTION, "1", "=HYPERLINK(\"http://x\",\"y\")");
    labels.put(Dimension.INSTITUTION, "2", "Hospital Regional de Antofagasta Ñuñoa");
    labels.put(Dimension.INSTITUTION, "3", "CESFAM Cirujano Videla");
    labels.put(Dimension.WORK_COUNTRY, "CL", "Chile");
    return labels;
  }

  @Test
  void shouldWriteCsvWithFormulasAsTextAndSuppressedCells() {
    Report report = report();
    SuppressedCells hidden = SuppressedCells.of(report, 5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportCsv.write(ReportTable.of(report, labels(), hidden, SPANISH), out);
    String csv = out.toString(StandardCharsets.UTF_8);
    List<String> lines = csv.replace("\uFEFF", "").lines().toList();
    assertEquals(
        "Institución,Personas capacitadas,Participaciones,Horas-persona de capacitación",
        lines.get(0));
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",<5,<5,<5", lines.get(1));
    assertEquals("Hospital Regional de Antofagasta Ñuñoa,40,41,12.5", lines.get(2));
    assertEquals(
        "CESFAM Cirujano Videla,<5,<5,<5", lines.get(3), "the next smallest, hidden with it");
    assertEquals("Total,66,74,37.5", lines.get(4));
  }

  @Test
  void shouldWriteXlsxCellsAsStringsAndNumbers() throws IOException {
    Report report = report();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportXlsx.write(
        ReportTable.of(report, labels(), SuppressedCells.none(), SPANISH), "Informe", out);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = workbook.getSheet("Informe");
      assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
      assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("'="));
      assertEquals(2.0, sheet.getRow(1).getCell(1).getNumericCellValue());
      assertEquals("Total", sheet.getRow(4).getCell(0).getStringCellValue());
    }
  }

  @Test
  void shouldPrintFiltersDefinitionsAndAsOf() throws IOException {
    Report report = report();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportPdf.write(
        report,
        ReportTable.of(report, labels(), SuppressedCells.of(report, 5), SPANISH),
        labels(),
        SuppressedCells.of(report, 5),
        SPANISH,
        out);
    Files.write(Path.of("target/report-sample.pdf"), out.toByteArray());
    try (PdfDocument pdf =
        new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
      String text = PdfTextExtractor.getTextFromPage(pdf.getFirstPage());
      assertTrue(text.contains("País de trabajo = Chile"), text);
      assertTrue(text.contains("Definiciones (versión 1)"), text);
      assertTrue(text.contains("Datos al"), text);
      assertTrue(text.contains("Ñuñoa"), text);
      assertTrue(text.contains("<5"), text);
    }
  }
}
