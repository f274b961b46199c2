package org.capacita.people.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.io.input.BoundedInputStream;

/** Opens the right reader for an uploaded file, and refuses files over the size limit. */
public final class RowReaders {

  /** The largest file accepted: 100,000 rows of a registry fit well within it. */
  public static final long MAX_BYTES = 50L * 1024 * 1024;

  private RowReaders() {}

  /** A reader by file name or media type: XLSX when either says so, CSV otherwise. */
  /** The media type of an XLSX workbook, as import endpoints accept it. */
  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public static RowReader open(InputStream input, String nameOrMediaType) throws IOException {
    InputStream bounded = limited(input);
    String hint = nameOrMediaType == null ? "" : nameOrMediaType.toLowerCase(Locale.ROOT);
    if (hint.endsWith(".xlsx") || hint.contains("spreadsheetml")) {
      return new XlsxRowReader(bounded);
    }
    return new CsvRowReader(bounded);
  }

  private static InputStream limited(InputStream input) throws IOException {
    return BoundedInputStream.builder()
        .setInputStream(input)
        .setMaxCount(MAX_BYTES + 1)
        .setOnMaxCount(
            (max, count) -> {
              throw new UnreadableFileException("import.file.tooLarge", MAX_BYTES / (1024 * 1024));
            })
        .get();
  }
}
