package org.capacita.people.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV files as trainers receive them, and the malformed ones an import must refuse clearly. */
class CsvRowReaderTest {

  @Test
  void shouldReadSemicolonsAByteOrderMarkAndQuotedLineBreaks() throws IOException {
    String csv =
        "\uFEFFnombres;apellidos\r\n\"María\nJosé\";\"Santos; Pérez\"\r\n;\r\nŞtefan;Ţărână-Müller\r\n";

    try (CsvRowReader reader = read(csv, StandardCharsets.UTF_8)) {
      assertEquals(List.of("nombres", "apellidos"), reader.header());
      assertEquals(List.of("María\nJosé", "Santos; Pérez"), reader.next().cells());
      SourceRow third = reader.next();
      assertEquals(List.of("Ştefan", "Ţărână-Müller"), third.cells());
      assertEquals(4, third.number(), "the blank row is skipped but counted");
      assertNull(reader.next());
    }
  }

  @Test
  void shouldKeepFormulaLikeCellsAsText() throws IOException {
    try (CsvRowReader reader = read("a,b\n=1+1,@SUM(A1)\n", StandardCharsets.UTF_8)) {
      assertEquals(List.of("=1+1", "@SUM(A1)"), reader.next().cells());
    }
  }

  @Test
  void shouldRefuseAFileInAnotherEncoding() {
    assertEquals(
        "import.file.encoding",
        failure("nombres,apellidos\nJosé,Muñoz\n", Charset.forName("windows-1250")));
  }

  @Test
  void shouldRefuseAnEmptyFileAndAnUnclosedQuote() {
    assertEquals("import.file.empty", failure("", StandardCharsets.UTF_8));
    assertEquals("import.file.unreadableCsv", failureOnRows("a,b\n\"open,1\nx,y\n"));
  }

  @Test
  void shouldRefuseTenThousandColumns() {
    String wide = "c,".repeat(10_000) + "c\n";
    assertEquals("import.file.tooManyColumns", failure(wide, StandardCharsets.UTF_8));
  }

  @Test
  void shouldReadAOneMegabyteCell() throws IOException {
    String big = "x".repeat(1024 * 1024);
    try (CsvRowReader reader = read("a\n" + big + "\n", StandardCharsets.UTF_8)) {
      assertEquals(big.length(), reader.next().cell(0).length());
    }
  }

  private static CsvRowReader read(String text, Charset charset) throws IOException {
    return new CsvRowReader(new ByteArrayInputStream(text.getBytes(charset)));
  }

  private static String failure(String text, Charset charset) {
    return assertThrows(UnreadableFileException.class, () -> read(text, charset).close())
        .getMessageKey();
  }

  private static String failureOnRows(String text) {
    return assertThrows(
            UnreadableFileException.class,
            () -> {
              try (CsvRowReader reader = read(text, StandardCharsets.UTF_8)) {
                while (reader.next() != null) {
                  // read to the end
                }
              }
            })
        .getMessageKey();
  }
}
