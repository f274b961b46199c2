package org.capacita.people.importing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading .xlsx files: cell values, formulas kept as text, and a large file streamed. */
class XlsxRowReaderTest {

  @TempDir Path dir;

  @Test
  void shouldReadHeaderAndRowsSkippingBlankRowsAndPlacingMissingCells() throws Exception {
    Path file =
        XlsxFixtures.workbook(
            dir.resolve("people.xlsx"),
            sheet -> {
              Row header = sheet.createRow(0);
              List.of(" Name ", "Surname", "National ID", "Email")
                  .forEach(
                      h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
              Row maria = sheet.createRow(1);
              maria.createCell(0).setCellValue("María José");
              maria.createCell(1).setCellValue("Núñez");
              maria.createCell(2).setCellValue(12345678);
              maria.createCell(3).setCellValue("maria@example.org");
              Row blank = sheet.createRow(2);
              blank.createCell(0).setCellValue("");
              blank.createCell(1).setCellValue("   ");
              Row stefan = sheet.createRow(4);
              stefan.createCell(0).setCellValue("Ştefan");
              stefan.createCell(1).setCellValue("Ţărână-Müller");
              stefan.createCell(3).setCellValue("stefan@example.ro");
            });

    try (XlsxRowReader reader = new XlsxRowReader(file)) {
      assertEquals(List.of("Name", "Surname", "National ID", "Email"), reader.header());
      assertEquals(
          new SourceRow(2, List.of("María José", "Núñez", "12345678", "maria@example.org")),
          reader.next());
      assertEquals(
          new SourceRow(5, List.of("Ştefan", "Ţărână-Müller", "", "stefan@example.ro")),
          reader.next());
      assertNull(reader.next());
      assertNull(reader.next());
    }
  }

  @Test
  void shouldReadFromAStreamAsWell() throws Exception {
    Path file =
        XlsxFixtures.workbook(
            dir.resolve("stream.xlsx"), List.of(List.of("Name"), List.of("Ana"), List.of("Rui")));

    try (RowReader reader = new XlsxRowReader(Files.newInputStream(file))) {
      assertEquals(List.of("Name"), reader.header());
      assertEquals(new SourceRow(2, List.of("Ana")), reader.next());
      assertEquals(new SourceRow(3, List.of("Rui")), reader.next());
      assertNull(reader.next());
    }
  }

  @Test
  void shouldKeepFormulasAsTextNeverTheirValue() throws Exception {
    Path file =
        XlsxFixtures.workbook(
            dir.resolve("formula.xlsx"),
            sheet -> {
              sheet.createRow(0).createCell(0).setCellValue("Web");
              sheet.createRow(1).createCell(0).setCellFormula("HYPERLINK(\"http://x\",\"y\")");
            });

    try (XlsxRowReader reader = new XlsxRowReader(file)) {
      assertEquals("=HYPERLINK(\"http://x\",\"y\")", reader.next().cell(0));
    }
  }

  @Test
  void shouldShiftSharedFormulasAndReadInlineRichText() throws Exception {
    Path file =
        XlsxFixtures.withSheetData(
            dir,
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>N</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Dou</t></r><r><t>ble</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"B2\" t=\"str\">"
                + "<f t=\"shared\" ref=\"B2:B3\" si=\"0\">A2*2+$A$1&amp;\"A1\"</f><v>2</v></c></row>"
                + "<row r=\"3\"><c r=\"A3\"><v>1.5E1</v></c>"
                + "<c r=\"B3\"><f t=\"shared\" si=\"0\"/><v>30</v></c></row>");

    try (XlsxRowReader reader = new XlsxRowReader(file)) {
      assertEquals(List.of("N", "Double"), reader.header());
      assertEquals(List.of("1", "=A2*2+$A$1&\"A1\""), reader.next().cells());
      assertEquals(List.of("15", "=A3*2+$A$1&\"A1\""), reader.next().cells());
    }
  }

  @Test
  void shouldLeavePhoneticRunsOutOfSharedStrings() throws Exception {
    Path plain =
        XlsxFixtures.workbook(dir.resolve("plain.xlsx"), List.of(List.of("Name"), List.of("x")));
    Path file =
        XlsxFixtures.withEntry(
            plain,
            dir.resolve("phonetic.xlsx"),
            XlsxFixtures.SHARED_STRINGS_ENTRY,
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                + "<si><t>Name</t></si>"
                + "<si><r><t>山田</t></r><rPh sb=\"0\" eb=\"2\"><t>ヤマダ</t></rPh></si></sst>");

    try (XlsxRowReader reader = new XlsxRowReader(file)) {
      assertEquals(List.of("山田"), reader.next().cells());
    }
  }

  @Test
  void shouldRenderNumbersBooleansAndDates() throws Exception {
    Path file =
        XlsxFixtures.workbook(
            dir.resolve("values.xlsx"),
            sheet -> {
              Workbook workbook = sheet.getWorkbook();
              CellStyle custom = workbook.createCellStyle();
              custom.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
              CellStyle builtin = workbook.createCellStyle();
              builtin.setDataFormat((short) 14);
              sheet.createRow(1).createCell(2).setCellValue("Values");
              Row row = sheet.createRow(2);
              row.createCell(0).setCellValue(LocalDate.of(1990, 5, 17));
              row.getCell(0).setCellStyle(custom);
              row.createCell(1).setCellValue(LocalDate.of(2001, 12, 31));
              row.getCell(1).setCellStyle(builtin);
              double[] numbers = {1234.5, 0.1, 1e20, 1.5e-7, -3, 0};
              for (double number : numbers) {
                row.createCell(row.getLastCellNum()).setCellValue(number);
              }
              row.createCell(row.getLastCellNum()).setCellValue(true);
            });

    try (XlsxRowReader reader = new XlsxRowReader(file)) {
      assertEquals(List.of("", "", "Values"), reader.header());
      SourceRow row = reader.next();
      assertEquals(3, row.number());
      assertEquals(
          List.of(
              "1990-05-17",
              "2001-12-31",
              "1234.5",
              "0.1",
              "100000000000000000000",
              "0.00000015",
              "-3",
              "0",
              "TRUE"),
          row.cells());
    }
  }

  @Test
  void shouldReadAStrictOpenXmlWorkbookAsItsTransitionalTwin() throws Exception {
    Path transitional =
        XlsxFixtures.workbook(
            dir.resolve("transitional.xlsx"),
            sheet -> {
              Workbook workbook = sheet.getWorkbook();
              CellStyle date = workbook.createCellStyle();
              date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
              Row header = sheet.createRow(0);
              List.of("Name", "Surname", "ID", "Born", "Check")
                  .forEach(
                      h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
              Row maria = sheet.createRow(1);
              maria.createCell(0).setCellValue("María José");
              maria.createCell(1).setCellValue("Núñez");
              maria.createCell(2).setCellValue(12345678);
              maria.createCell(3).setCellValue(LocalDate.of(1990, 5, 17));
              maria.getCell(3).setCellStyle(date);
              maria.createCell(4).setCellFormula("C2*2");
            });
    Path strict = XlsxFixtures.strict(transitional, dir.resolve("strict.xlsx"));

    for (Path file : List.of(transitional, strict)) {
      try (XlsxRowReader reader = new XlsxRowReader(file)) {
        assertEquals(List.of("Name", "Surname", "ID", "Born", "Check"), reader.header());
        assertEquals(
            new SourceRow(2, List.of("María José", "Núñez", "12345678", "1990-05-17", "=C2*2")),
            reader.next(),
            file.getFileName().toString());
        assertNull(reader.next());
      }
    }
  }

  @Test
  void shouldRefuseMoreThanTwoHundredColumns() throws Exception {
    List<String> wide = new ArrayList<>();
    for (int c = 0; c <= XlsxRowReader.MAX_COLUMNS; c++) {
      wide.add("Column " + c);
    }
    Path file = XlsxFixtures.workbook(dir.resolve("wide.xlsx"), List.of(wide));

    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> new XlsxRowReader(file).close());
    assertEquals("import.file.tooManyColumns", e.getMessageKey());
    assertArrayEquals(new Object[] {200}, e.getArguments());
  }

  @Test
  void shouldRefuseASheetWithoutRows() throws Exception {
    Path file = XlsxFixtures.workbook(dir.resolve("empty.xlsx"), sheet -> {});

    UnreadableFileException e =
        assertThrows(UnreadableFileException.class, () -> new XlsxRowReader(file).close());
    assertEquals("import.file.empty", e.getMessageKey());
  }

  @Test
  void shouldStreamAHundredThousandRowsInBoundedMemory() throws Exception {
    int rows = 100_000;
    Path file = XlsxFixtures.largeWorkbook(dir.resolve("large.xlsx"), rows);

    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long before = runtime.totalMemory() - runtime.freeMemory();
    long growth = 0;
    long start = System.nanoTime();
    int read = 0;
    try (XlsxRowReader reader = new XlsxRowReader(file)) {
      for (SourceRow row = reader.next(); row != null; row = reader.next()) {
        read++;
        if (read == rows / 2) {
          System.gc();
          growth = runtime.totalMemory() - runtime.freeMemory() - before;
        }
        if (read == rows) {
          assertEquals(
              List.of("María " + rows, "Ţărână-Müller " + rows, "10100000"),
              row.cells().subList(0, 3));
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "XlsxRowReader: %,d rows (%,d bytes) in %,d ms, heap growth mid-read %,d KB%n",
        read, Files.size(file), millis, growth / 1024);
    assertEquals(rows, read);
    assertTrue(growth < 64L * 1024 * 1024, "heap grew by " + growth + " bytes");
  }
}
