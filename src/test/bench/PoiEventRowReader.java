package org.capacita.people.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The candidate that issue 10 asked about: {@link RowReader} on POI's own streaming event API
 * ({@code XSSFReader}, {@code ReadOnlySharedStringsTable}, {@code StylesTable},
 * {@code XSSFSheetXMLHandler} with formulas instead of results), kept here only so that
 * xlsx-read.sh can compare it with {@link XlsxRowReader}. POI pushes a whole sheet through SAX in
 * one call, while {@code RowReader} is pulled a row at a time, so the sheet is parsed on a second
 * thread that hands rows over in small batches through a bounded queue. Package opening, its
 * guards and the failure keys are the production ones ({@link XlsxPackage}); numbers and dates are
 * rendered as the production reader renders them (a {@link DataFormatter} that writes ISO dates
 * and plain decimals). What POI's handler does itself is left as it does it.
 */
final class PoiEventRowReader implements RowReader {

  private static final int BATCH = 256;
  private static final List<SourceRow> END = List.of();

  private final OPCPackage pkg;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
  private final Thread parser;
  private final List<String> header;
  private Iterator<SourceRow> batch = Collections.emptyIterator();
  private boolean finished;

  PoiEventRowReader(Path file) throws IOException {
    OPCPackage opened = XlsxPackage.open(file.toFile());
    try {
      XSSFReader reader = new XSSFReader(opened, true);
      reader.setUseReadOnlySharedStringsTable(true);
      XSSFSheetXMLHandler handler =
          new XSSFSheetXMLHandler(
              reader.getStylesTable(),
              reader.getSharedStringsTable(),
              new Rows(),
              new PlainFormatter(),
              true);
      XMLReader sax = XMLHelper.newXMLReader();
      sax.setContentHandler(handler);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw new UnreadableFileException(XlsxPackage.UNREADABLE);
      }
      InputStream sheet = sheets.next();
      this.pkg = opened;
      this.parser =
          new Thread(
              () -> {
                try (sheet) {
                  sax.parse(new InputSource(sheet));
                  queue.put(END);
                } catch (InterruptedException stopped) {
                  Thread.currentThread().interrupt();
                } catch (Exception | Error e) {
                  queue.clear();
                  queue.offer(e);
                }
              },
              "poi-sheet-parser");
      parser.setDaemon(true);
      parser.start();
      SourceRow first = next();
      if (first == null) {
        throw new UnreadableFileException("import.file.empty");
      }
      this.header = first.cells();
    } catch (Exception e) {
      UnreadableFileException failure = XlsxPackage.failure(e, XlsxPackage.UNREADABLE);
      close(opened);
      throw failure;
    }
  }

  @Override
  public List<String> header() {
    return header;
  }

  @Override
  public SourceRow next() throws IOException {
    while (!batch.hasNext()) {
      if (finished) {
        return null;
      }
      Object item;
      try {
        item = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      if (item instanceof Throwable failure) {
        finished = true;
        throw XlsxPackage.failure(failure, XlsxPackage.UNREADABLE);
      }
      @SuppressWarnings("unchecked")
      List<SourceRow> rows = (List<SourceRow>) item;
      finished = rows == END;
      batch = rows.iterator();
    }
    SourceRow row = batch.next();
    if (header == null) {
      return row;
    }
    if (row.cells().size() >= header.size()) {
      return row;
    }
    List<String> cells = new ArrayList<>(header.size());
    cells.addAll(row.cells());
    while (cells.size() < header.size()) {
      cells.add("");
    }
    return new SourceRow(row.number(), Collections.unmodifiableList(cells));
  }

  @Override
  public void close() throws IOException {
    close(pkg);
  }

  private void close(OPCPackage opened) {
    finished = true;
    if (parser != null) {
      parser.interrupt();
      try {
        parser.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (opened != null) {
      opened.revert();
    }
  }

  /** Collects the handler's cells into rows and hands them to the reader in batches. */
  private final class Rows implements SheetContentsHandler {

    private List<SourceRow> rows = new ArrayList<>(BATCH);
    private List<String> cells = new ArrayList<>();

    @Override
    public void startRow(int rowNum) {
      cells = new ArrayList<>();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      String text = value == null ? "" : value.strip();
      if (text.isEmpty()) {
        return;
      }
      int column = new CellReference(reference).getCol();
      if (column >= XlsxRowReader.MAX_COLUMNS) {
        throw new UnreadableFileException(
            "import.file.tooManyColumns", XlsxRowReader.MAX_COLUMNS);
      }
      while (cells.size() <= column) {
        cells.add("");
      }
      cells.set(column, text);
    }

    @Override
    public void endRow(int rowNum) {
      if (!cells.isEmpty()) {
        rows.add(new SourceRow(rowNum + 1L, Collections.unmodifiableList(cells)));
        if (rows.size() == BATCH) {
          hand();
        }
      }
    }

    @Override
    public void endSheet() {
      if (!rows.isEmpty()) {
        hand();
      }
    }

    private void hand() {
      try {
        queue.put(rows);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Reader closed", e);
      }
      rows = new ArrayList<>(BATCH);
    }
  }

  /** Numbers as plain decimals and dates as ISO dates, as {@link XlsxCellValues} writes them. */
  private static final class PlainFormatter extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, false).toLocalDate().toString();
      }
      if (value == 0) {
        return "0";
      }
      return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
  }
}
