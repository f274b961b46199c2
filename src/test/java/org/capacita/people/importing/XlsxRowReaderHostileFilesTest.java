package org.capacita.people.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are not what they claim, or that attack the reader, are refused with a key. */
class XlsxRowReaderHostileFilesTest {

  private static final String XXE_DOCTYPE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">"
          + "<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>";

  @TempDir Path dir;

  @Test
  void shouldRefuseAZipBombQuickly() throws Exception {
    Path plain = XlsxFixtures.workbook(dir.resolve("plain.xlsx"), List.of(List.of("Name")));
    byte[] spaces = new byte[1024 * 1024];
    java.util.Arrays.fill(spaces, (byte) ' ');
    Path bomb =
        XlsxFixtures.withEntry(
            plain,
            dir.resolve("bomb.xlsx"),
            XlsxFixtures.SHEET_ENTRY,
            out -> {
              out.write(
                  (XlsxFixtures.SHEET_START
                          + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>")
                      .getBytes(StandardCharsets.UTF_8));
              for (int i = 0; i < 200; i++) {
                out.write(spaces);
              }
              out.write(XlsxFixtures.SHEET_END.getBytes(StandardCharsets.UTF_8));
            });
    assertTrue(Files.size(bomb) < 1024 * 1024, "the bomb is small: " + Files.size(bomb));

    UnreadableFileException e =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusal(bomb));
    assertEquals("import.file.zipBomb", e.getMessageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"&e;", "&lol2;"})
  void shouldNotExpandEntitiesInTheSheet(String entity) throws Exception {
    Path plain = XlsxFixtures.workbook(dir.resolve("plain.xlsx"), List.of(List.of("x")));
    String sheet =
        XXE_DOCTYPE
            + XlsxFixtures.SHEET_START.substring(XlsxFixtures.SHEET_START.indexOf("?>") + 2)
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Name</t></is></c></row>"
            + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>"
            + entity
            + "</t></is></c></row>"
            + XlsxFixtures.SHEET_END;
    Path xxe =
        XlsxFixtures.withEntry(plain, dir.resolve("xxe.xlsx"), XlsxFixtures.SHEET_ENTRY, sheet);

    assertRefusedOrNotExpanded(xxe);
  }

  @Test
  void shouldNotExpandEntitiesInSharedStrings() throws Exception {
    Path plain =
        XlsxFixtures.workbook(dir.resolve("plain.xlsx"), List.of(List.of("Name"), List.of("x")));
    String sharedStrings =
        XXE_DOCTYPE
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " count=\"2\" uniqueCount=\"2\"><si><t>Name</t></si><si><t>&e;</t></si></sst>";
    Path xxe =
        XlsxFixtures.withEntry(
            plain, dir.resolve("xxe.xlsx"), XlsxFixtures.SHARED_STRINGS_ENTRY, sharedStrings);

    assertRefusedOrNotExpanded(xxe);
  }

  @Test
  void shouldRefuseACsvFileRenamedXlsx() throws Exception {
    Path csv = dir.resolve("people.xlsx");
    Files.writeString(csv, "Name,Surname\nMaría José,Núñez\n", StandardCharsets.UTF_8);

    assertEquals("import.file.notXlsx", refusal(csv).getMessageKey());
  }

  @Test
  void shouldRefuseAZipThatIsNotAWorkbook() throws Exception {
    Path zip = dir.resolve("archive.xlsx");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("hello.txt"));
      out.write("hello".getBytes(StandardCharsets.UTF_8));
    }

    assertEquals("import.file.notXlsx", refusal(zip).getMessageKey());
  }

  @Test
  void shouldRefuseALegacyXlsWorkbook() throws Exception {
    Path xls = dir.resolve("legacy.xlsx");
    try (HSSFWorkbook workbook = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(xls)) {
      workbook.createSheet("People").createRow(0).createCell(0).setCellValue("Name");
      workbook.write(out);
    }

    assertEquals("import.file.notXlsx", refusal(xls).getMessageKey());
  }

  @Test
  void shouldRefuseAnEncryptedWorkbook() throws Exception {
    Path plain = XlsxFixtures.workbook(dir.resolve("plain.xlsx"), List.of(List.of("Name")));
    Path encrypted = XlsxFixtures.encrypted(plain, dir.resolve("secret.xlsx"));

    assertEquals("import.file.encrypted", refusal(encrypted).getMessageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "PK\u0003\u0004"})
  void shouldRefuseRandomBytes(String prefix) throws Exception {
    byte[] noise = new byte[64 * 1024];
    new Random(42).nextBytes(noise);
    Path file = dir.resolve("noise.xlsx");
    Files.write(file, prefix.getBytes(StandardCharsets.ISO_8859_1));
    Files.write(file, noise, java.nio.file.StandardOpenOption.APPEND);

    String key = refusal(file).getMessageKey();
    assertTrue(Set.of("import.file.notXlsx", "import.file.unreadable").contains(key), "key " + key);
  }

  private static UnreadableFileException refusal(Path file) {
    return assertThrows(UnreadableFileException.class, () -> readAll(file));
  }

  private static List<SourceRow> readAll(Path file) throws Exception {
    List<SourceRow> rows = new ArrayList<>();
    try (XlsxRowReader reader = new XlsxRowReader(file)) {
      rows.add(new SourceRow(1, reader.header()));
      for (SourceRow row = reader.next(); row != null; row = reader.next()) {
        rows.add(row);
      }
    }
    return rows;
  }

  private static void assertRefusedOrNotExpanded(Path file) {
    try {
      List<SourceRow> rows = readAll(file);
      rows.forEach(row -> row.cells().forEach(cell -> assertFalse(cell.contains("root:"), cell)));
      rows.forEach(row -> row.cells().forEach(cell -> assertFalse(cell.contains("lol"), cell)));
    } catch (UnreadableFileException e) {
      assertEquals("import.file.unreadable", e.getMessageKey());
    } catch (Exception e) {
      throw new AssertionError("Not an UnreadableFileException", e);
    }
  }
}
