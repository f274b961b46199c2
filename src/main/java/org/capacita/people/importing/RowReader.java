package org.capacita.people.importing;

import java.io.IOException;
import java.util.List;

/**
 * The rows of an uploaded file, read one at a time so that memory stays bounded whatever the file's
 * size. Cells are text exactly as the file holds it (a formula-like "=1+1" stays text).
 */
public interface RowReader extends AutoCloseable {

  /** The column names of the header row, trimmed. */
  List<String> header() throws IOException;

  /** The next data row, or {@code null} at the end of the file. Blank rows are skipped. */
  SourceRow next() throws IOException;

  @Override
  void close() throws IOException;
}
