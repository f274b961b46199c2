package org.capacita.people.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds .xlsx files for the tests: real workbooks, and hostile ones assembled by hand. */
public final class XlsxFixtures {

  static final String SHEET_ENTRY = "xl/worksheets/sheet1.xml";
  static final String SHARED_STRINGS_ENTRY = "xl/sharedStrings.xml";
  static final String SHEET_START =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<sheetData>";
  static final String SHEET_END = "</sheetData></worksheet>";

  /** Transitional namespaces and relationship types, and their Strict counterparts. */
  private static final String[][] STRICT_NAMESPACES = {
    {
      "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "http://purl.oclc.org/ooxml/spreadsheetml/main"
    },
    {
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "http://purl.oclc.org/ooxml/officeDocument/relationships"
    },
    {
      "http://schemas.openxmlformats.org/drawingml/2006/main",
      "http://purl.oclc.org/ooxml/drawingml/main"
    }
  };

  private XlsxFixtures() {}

  /** A workbook with one sheet "People", filled by {@code filler}. */
  static Path workbook(Path file, Consumer<Sheet> filler) throws IOException {
    try (Workbook workbook = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      filler.accept(workbook.createSheet("People"));
      workbook.write(out);
    }
    return file;
  }

  /** A workbook whose rows hold these strings (null leaves the cell out). */
  public static Path workbook(Path file, List<List<String>> rows) throws IOException {
    return workbook(
        file,
        sheet -> {
          for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows.get(r).size(); c++) {
              if (rows.get(r).get(c) != null) {
                row.createCell(c).setCellValue(rows.get(r).get(c));
              }
            }
          }
        });
  }

  /** A workbook of {@code rows} people under a header, written row by row as a big export is. */
  static Path largeWorkbook(Path file, int rows) throws IOException {
    return largeWorkbook(file, rows, false);
  }

  /** The same, its text in inline strings or, as Excel writes it, in the shared strings table. */
  static Path largeWorkbook(Path file, int rows, boolean sharedStrings) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, 100, false, sharedStrings);
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = workbook.createSheet("People");
      Row header = sheet.createRow(0);
      List.of("Name", "Surname", "ID", "Email", "City")
          .forEach(h -> header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
      for (int r = 1; r <= rows; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue("María " + r);
        row.createCell(1).setCellValue("Ţărână-Müller " + r);
        row.createCell(2).setCellValue(10_000_000 + r);
        row.createCell(3).setCellValue("person" + r + "@example.org");
        row.createCell(4).setCellValue("São Paulo");
      }
      workbook.write(out);
    }
    return file;
  }

  /** A copy of {@code source} where one entry's content is written by {@code content}. */
  static Path withEntry(Path source, Path target, String entry, EntryWriter content)
      throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals(entry)) {
          content.write(out);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return target;
  }

  /** A copy of {@code source} where one entry holds this text. */
  static Path withEntry(Path source, Path target, String entry, String text) throws IOException {
    return withEntry(
        source, target, entry, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The same workbook saved as Strict Open XML (ISO/IEC 29500 Strict, Excel's "Strict Open XML
   * Spreadsheet"): its parts in the purl.oclc.org namespaces, its relationships of the strict
   * types.
   */
  public static Path strict(Path transitional, Path target) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(transitional));
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        out.putNextEntry(new ZipEntry(e.getName()));
        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String[] namespace : STRICT_NAMESPACES) {
          xml = xml.replace(namespace[0], namespace[1]);
        }
        out.write(xml.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return target;
  }

  /** A workbook whose first sheet is this XML between {@code <sheetData>} tags. */
  static Path withSheetData(Path dir, String rowsXml) throws IOException {
    Path plain = workbook(dir.resolve("plain.xlsx"), List.of(List.of("x")));
    return withEntry(
        plain, dir.resolve("crafted.xlsx"), SHEET_ENTRY, SHEET_START + rowsXml + SHEET_END);
  }

  /** A password-protected workbook (agile encryption, as Excel writes it). */
  static Path encrypted(Path plain, Path target) throws Exception {
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor encryptor = info.getEncryptor();
    encryptor.confirmPassword("secret");
    try (POIFSFileSystem ole2 = new POIFSFileSystem()) {
      try (OutputStream out = encryptor.getDataStream(ole2);
          InputStream in = Files.newInputStream(plain)) {
        in.transferTo(out);
      }
      try (OutputStream file = Files.newOutputStream(target)) {
        ole2.writeFilesystem(file);
      }
    }
    return target;
  }

  /** Writes the content of a zip entry. */
  @FunctionalInterface
  interface EntryWriter {
    void write(OutputStream out) throws IOException;
  }
}
