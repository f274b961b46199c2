package org.capacita.people.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;

/**
 * Rows of the first sheet of an .xlsx workbook (Transitional or Strict Open XML), streamed from the
 * sheet's XML so that memory stays bounded whatever the number of rows (the workbook is never
 * loaded whole). The header is the first row that is not blank; rows are numbered as Excel numbers
 * them. Cells are trimmed text: numbers without ".0" or exponent, dates in a date format as {@code
 * yyyy-MM-dd}, and formulas as their text after "=" (never their computed value). Zip bombs,
 * encrypted workbooks, files that are not .xlsx and malformed or hostile XML are refused with an
 * {@link UnreadableFileException}.
 */
public final class XlsxRowReader implements RowReader {

  static final int MAX_COLUMNS = 200;

  private final OPCPackage pkg;
  private final XlsxSheetParser sheet;
  private final Path temporaryCopy;
  private final List<String> header;
  private boolean closed;

  /** Reads a file on disk, which stays where it is. */
  public XlsxRowReader(Path file) throws IOException {
    this(file, false);
  }

  /**
   * Reads an upload: it is first copied to a temporary file (deleted on close), since a zip read
   * from a stream would be unpacked into memory. The stream is read to its end and closed; the
   * caller limits the upload's size.
   */
  public XlsxRowReader(InputStream input) throws IOException {
    this(copy(input), true);
  }

  private XlsxRowReader(Path file, boolean temporary) throws IOException {
    this.temporaryCopy = temporary ? file : null;
    OPCPackage opened = null;
    XlsxSheetParser parser = null;
    try {
      opened = XlsxPackage.open(file.toFile());
      parser = XlsxPackage.firstSheet(opened, MAX_COLUMNS);
      XlsxSheetParser.Row first = nextNonBlank(parser);
      if (first == null) {
        throw new UnreadableFileException("import.file.empty");
      }
      this.header = Collections.unmodifiableList(first.cells());
    } catch (Exception e) {
      UnreadableFileException failure = XlsxPackage.failure(e, XlsxPackage.UNREADABLE);
      try {
        release(parser, opened, temporaryCopy);
      } catch (IOException | RuntimeException releaseFailure) {
        failure.addSuppressed(releaseFailure);
      }
      throw failure;
    }
    this.pkg = opened;
    this.sheet = parser;
  }

  private static Path copy(InputStream input) throws IOException {
    Path copy = Files.createTempFile("capacita-import-", ".xlsx");
    try (input) {
      Files.copy(input, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(copy);
      throw e;
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRow next() throws IOException {
    if (closed) {
      return null;
    }
    XlsxSheetParser.Row row;
    try {
      row = nextNonBlank(sheet);
    } catch (Exception e) {
      throw XlsxPackage.failure(e, XlsxPackage.UNREADABLE);
    }
    if (row == null) {
      return null;
    }
    List<String> cells = new ArrayList<>(Math.max(header.size(), row.cells().size()));
    cells.addAll(row.cells());
    while (cells.size() < header.size()) {
      cells.add("");
    }
    return new SourceRow(row.number(), Collections.unmodifiableList(cells));
  }

  private static XlsxSheetParser.Row nextNonBlank(XlsxSheetParser parser) throws Exception {
    XlsxSheetParser.Row row = parser.nextRow();
    while (row != null && row.cells().isEmpty()) {
      row = parser.nextRow();
    }
    return row;
  }

  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      release(sheet, pkg, temporaryCopy);
    }
  }

  private static void release(XlsxSheetParser parser, OPCPackage pkg, Path temporaryCopy)
      throws IOException {
    try {
      if (parser != null) {
        parser.close();
      }
    } finally {
      try {
        if (pkg != null) {
          pkg.revert();
        }
      } finally {
        if (temporaryCopy != null) {
          Files.deleteIfExists(temporaryCopy);
        }
      }
    }
  }
}
