package org.capacita.people.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * Rows of a CSV file: UTF-8 with or without a byte-order mark, separated by commas or semicolons
 * (whichever the header uses), quoted fields with embedded line breaks allowed. A file that is not
 * UTF-8 is refused rather than read with garbled names.
 */
public final class CsvRowReader implements RowReader {

  static final int MAX_COLUMNS = 200;
  private static final int SNIFF = 64 * 1024;

  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final List<String> header;

  public CsvRowReader(InputStream input) throws IOException {
    BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                BOMInputStream.builder().setInputStream(input).get(),
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)));
    char delimiter = sniffDelimiter(reader);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
    try {
      this.parser = CSVParser.builder().setReader(reader).setFormat(format).get();
      this.records = parser.iterator();
      this.header = records.hasNext() ? trimmed(records.next()) : List.of();
    } catch (CharacterCodingException | UncheckedIOException e) {
      throw failure(e);
    }
    if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
      throw new UnreadableFileException("import.file.empty");
    }
    if (header.size() > MAX_COLUMNS) {
      throw new UnreadableFileException("import.file.tooManyColumns", MAX_COLUMNS);
    }
  }

  private static char sniffDelimiter(BufferedReader reader) throws IOException {
    reader.mark(SNIFF);
    char[] buffer = new char[SNIFF];
    int read;
    try {
      read = reader.read(buffer);
    } catch (CharacterCodingException e) {
      throw new UnreadableFileException("import.file.encoding");
    }
    reader.reset();
    int semicolons = 0;
    int commas = 0;
    for (int i = 0; i < Math.max(read, 0) && buffer[i] != '\n'; i++) {
      if (buffer[i] == ';') {
        semicolons++;
      } else if (buffer[i] == ',') {
        commas++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRow next() {
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        List<String> cells = trimmed(record);
        if (cells.size() > MAX_COLUMNS) {
          throw new UnreadableFileException("import.file.tooManyColumns", MAX_COLUMNS);
        }
        if (!cells.stream().allMatch(String::isEmpty)) {
          return new SourceRow(record.getRecordNumber(), cells);
        }
      }
      return null;
    } catch (UncheckedIOException e) {
      throw failure(e);
    }
  }

  private static UnreadableFileException failure(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    return new UnreadableFileException(
        cause instanceof CharacterCodingException
            ? "import.file.encoding"
            : "import.file.unreadableCsv");
  }

  private static List<String> trimmed(CSVRecord record) {
    List<String> cells = new ArrayList<>(record.size());
    record.forEach(cell -> cells.add(cell.strip()));
    return cells;
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
