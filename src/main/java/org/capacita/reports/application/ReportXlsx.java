package org.capacita.reports.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.capacita.infrastructure.documents.SpreadsheetText;

/**
 * A report table as an XLSX workbook of one sheet (Apache POI, streaming): the header, the rows as
 * text and numeric cells, the total line. Text cells are neutralised ({@link SpreadsheetText}) and
 * written as strings, never as formulas.
 */
public final class ReportXlsx {

  private ReportXlsx() {}

  public static void write(ReportTable table, String sheetName, OutputStream out) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
      Sheet sheet = workbook.createSheet(sheetName);
      Row header = sheet.createRow(0);
      List<String> names = table.header();
      for (int c = 0; c < names.size(); c++) {
        header.createCell(c).setCellValue(SpreadsheetText.of(names.get(c)));
      }
      int r = 1;
      for (List<ReportTable.Cell> line : table.lines()) {
        write(sheet.createRow(r++), line);
      }
      write(sheet.createRow(r), table.totals());
      workbook.write(out);
      workbook.dispose();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Row row, List<ReportTable.Cell> line) {
    for (int c = 0; c < line.size(); c++) {
      ReportTable.Cell value = line.get(c);
      Cell cell = row.createCell(c);
      if (value.isNumber()) {
        cell.setCellValue(value.number().doubleValue());
      } else {
        cell.setCellValue(SpreadsheetText.of(value.text()));
      }
    }
  }
}
