package org.capacita.people.importing;

import static javax.xml.stream.XMLStreamConstants.CDATA;
import static javax.xml.stream.XMLStreamConstants.CHARACTERS;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.ENTITY_REFERENCE;
import static javax.xml.stream.XMLStreamConstants.SPACE;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls the rows of one worksheet part ({@code xl/worksheets/sheetN.xml}) with StAX, so that only
 * the current row is ever in memory. Cells are placed by their reference (C7 is the third column),
 * formulas come back as their text after "=" rather than their last computed value, and elements
 * are matched by local name so Strict OOXML files read too.
 */
final class XlsxSheetParser implements AutoCloseable {

  /** Excel's own limit on the text of a cell. */
  static final int MAX_CELL_CHARS = 32_767;

  /** All the distinct shared formulas of a sheet together; real sheets stay far below. */
  private static final long MAX_SHARED_FORMULA_CHARS = 4_000_000;

  /** One row as the sheet has it: its number and its cells up to the last that is not empty. */
  record Row(long number, List<String> cells) {}

  private record Master(String formula, long row, int column) {}

  private final InputStream input;
  private final XMLStreamReader xml;
  private final XlsxCellValues values;
  private final int maxColumns;
  private final Map<String, Master> sharedFormulas = new HashMap<>();
  private long sharedFormulaChars;
  private long lastRow;
  private boolean finished;

  XlsxSheetParser(InputStream input, XlsxCellValues values, int maxColumns)
      throws XMLStreamException, IOException {
    this.input = input;
    this.values = values;
    this.maxColumns = maxColumns;
    try {
      this.xml = XlsxPackage.xmlInputFactory().createXMLStreamReader(input);
    } catch (XMLStreamException | RuntimeException e) {
      input.close();
      throw e;
    }
  }

  /** The next row element, blank or not, or null after the last. */
  Row nextRow() throws XMLStreamException {
    while (!finished && xml.hasNext()) {
      int event = xml.next();
      if (event == START_ELEMENT && "row".equals(xml.getLocalName())) {
        return readRow();
      }
      if (event == END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
        finished = true;
      }
    }
    finished = true;
    return null;
  }

  private Row readRow() throws XMLStreamException {
    String reference = xml.getAttributeValue(null, "r");
    long number = reference == null ? lastRow + 1 : Long.parseLong(reference.strip());
    lastRow = number;
    List<String> cells = new ArrayList<>();
    int column = -1;
    for (int event = xml.next(); event != END_ELEMENT; event = xml.next()) {
      if (event == START_ELEMENT) {
        if ("c".equals(xml.getLocalName())) {
          column = readCell(number, column, cells);
        } else {
          readText(xml, false, false);
        }
      }
    }
    return new Row(number, cells);
  }

  private int readCell(long row, int previous, List<String> cells) throws XMLStreamException {
    String reference = xml.getAttributeValue(null, "r");
    int column = reference == null ? previous + 1 : columnIndex(reference);
    String type = xml.getAttributeValue(null, "t");
    String style = xml.getAttributeValue(null, "s");
    String raw = null;
    String inline = null;
    String formula = null;
    for (int event = xml.next(); event != END_ELEMENT; event = xml.next()) {
      if (event != START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "v" -> raw = readText(xml, false, true);
        case "is" -> inline = readText(xml, true, true);
        case "f" -> {
          String formulaType = xml.getAttributeValue(null, "t");
          String index = xml.getAttributeValue(null, "si");
          formula = formula(readText(xml, false, true), formulaType, index, row, column);
        }
        default -> readText(xml, false, false);
      }
    }
    String value =
        formula != null ? formula : inline != null ? inline : values.text(type, style, raw);
    String text = value.strip();
    if (!text.isEmpty()) {
      if (column >= maxColumns) {
        throw new UnreadableFileException("import.file.tooManyColumns", maxColumns);
      }
      while (cells.size() <= column) {
        cells.add("");
      }
      cells.set(column, text);
    }
    return column;
  }

  private String formula(String text, String type, String index, long row, int column) {
    String formula = text;
    if ("shared".equals(type) && index != null) {
      if (!formula.isBlank()) {
        sharedFormulaChars += formula.length();
        if (sharedFormulaChars > MAX_SHARED_FORMULA_CHARS) {
          throw new UnreadableFileException(XlsxPackage.UNREADABLE);
        }
        sharedFormulas.put(index, new Master(formula, row, column));
      } else {
        Master master = sharedFormulas.get(index);
        formula =
            master == null
                ? ""
                : SharedFormulas.shift(
                    master.formula(), row - master.row(), column - master.column());
      }
    }
    return formula.isBlank() ? null : "=" + formula;
  }

  /**
   * Reads to the end of the current element. Keeps its text when {@code keep}, and for an inline or
   * shared string only that of its {@code <t>} elements outside phonetic runs ({@code <rPh>}).
   */
  static String readText(XMLStreamReader xml, boolean inline, boolean keep)
      throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    boolean keeping = keep && !inline;
    int depth = 0;
    int phonetic = 0;
    while (true) {
      int event = xml.next();
      if (event == START_ELEMENT) {
        depth++;
        phonetic += "rPh".equals(xml.getLocalName()) ? 1 : 0;
        keeping = keep && (!inline || "t".equals(xml.getLocalName()) && phonetic == 0);
      } else if (event == END_ELEMENT) {
        if (depth-- == 0) {
          return text.toString();
        }
        phonetic -= "rPh".equals(xml.getLocalName()) ? 1 : 0;
        keeping = keep && !inline;
      } else if (event == CHARACTERS || event == CDATA || event == SPACE) {
        if (keeping) {
          if (text.length() + xml.getTextLength() > MAX_CELL_CHARS) {
            throw new UnreadableFileException(XlsxPackage.UNREADABLE);
          }
          text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
      } else if (event == ENTITY_REFERENCE) {
        throw new XMLStreamException("Entity reference refused: " + xml.getLocalName());
      }
    }
  }

  /** The zero-based column of a cell reference or column name: "C7" is 2, "AA" is 26. */
  static int columnIndex(String reference) {
    int column = 0;
    int letters = 0;
    while (letters < reference.length() && Character.isLetter(reference.charAt(letters))) {
      char letter = Character.toUpperCase(reference.charAt(letters));
      if (letter < 'A' || letter > 'Z' || ++letters > 3) {
        throw new IllegalArgumentException("Not a cell reference: " + reference);
      }
      column = column * 26 + letter - 'A' + 1;
    }
    if (letters == 0) {
      throw new IllegalArgumentException("Not a cell reference: " + reference);
    }
    return column - 1;
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // The stream below is closed all the same.
    } finally {
      input.close();
    }
  }
}
