package org.capacita.reports.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.capacita.infrastructure.documents.SpreadsheetText;

/**
 * A report table as CSV (RFC 4180, UTF-8 with a byte order mark so that spreadsheets read the
 * accents): the header, the rows, the total line. Text cells are neutralised ({@link
 * SpreadsheetText}); numbers are written plainly ({@code 12}, {@code 3.5}).
 */
public final class ReportCsv {

  private ReportCsv() {}

  public static void write(ReportTable table, OutputStream out) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write('\uFEFF');
      CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
      printer.printRecord(table.header().stream().map(SpreadsheetText::of).toList());
      for (List<ReportTable.Cell> line : table.lines()) {
        printer.printRecord(texts(line));
      }
      printer.printRecord(texts(table.totals()));
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> texts(List<ReportTable.Cell> line) {
    List<String> texts = new ArrayList<>();
    for (ReportTable.Cell cell : line) {
      texts.add(cell.isNumber() ? plain(cell.number()) : SpreadsheetText.of(cell.text()));
    }
    return texts;
  }

  static String plain(Number number) {
    return number instanceof java.math.BigDecimal decimal
        ? decimal.toPlainString()
        : number.toString();
  }
}
