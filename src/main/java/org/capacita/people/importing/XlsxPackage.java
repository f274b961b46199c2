package org.capacita.people.importing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Opens the parts of an .xlsx file that {@link XlsxRowReader} streams, behind POI's zip-bomb guards
 * and with DTDs and external entities off, and names what went wrong with a message key the user
 * can act on. The zip limits are POI's, hence global to the JVM.
 */
final class XlsxPackage {

  static final String ZIP_BOMB = "import.file.zipBomb";
  static final String ENCRYPTED = "import.file.encrypted";
  static final String NOT_XLSX = "import.file.notXlsx";
  static final String UNREADABLE = "import.file.unreadable";

  static final double MIN_INFLATE_RATIO = 0.01;
  static final long MAX_ENTRY_SIZE = 200L * 1024 * 1024;
  static final long MAX_TEXT_SIZE = 50L * 1024 * 1024;

  private static final String RELATIONSHIPS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String STRICT_RELATIONSHIPS =
      "http://purl.oclc.org/ooxml/officeDocument/relationships";

  private static final Set<String> WORKBOOK_TYPES =
      Set.of(
          XSSFRelation.WORKBOOK.getContentType(),
          XSSFRelation.MACROS_WORKBOOK.getContentType(),
          XSSFRelation.TEMPLATE_WORKBOOK.getContentType(),
          XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType());

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
  }

  private XlsxPackage() {}

  /** Opens the package read-only, refusing by its first bytes what is not an .xlsx at all. */
  static OPCPackage open(File file) throws IOException {
    FileMagic magic = FileMagic.valueOf(file);
    if (magic == FileMagic.OLE2) {
      throw new UnreadableFileException(isEncrypted(file) ? ENCRYPTED : NOT_XLSX);
    }
    if (magic != FileMagic.OOXML) {
      throw new UnreadableFileException(NOT_XLSX);
    }
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file, PackageAccess.READ);
    } catch (Exception e) {
      throw failure(e, NOT_XLSX);
    }
    try {
      if (!isWorkbook(pkg)) {
        throw new UnreadableFileException(NOT_XLSX);
      }
      return pkg;
    } catch (RuntimeException e) {
      pkg.revert();
      throw failure(e, NOT_XLSX);
    }
  }

  /**
   * A pull parser over the first worksheet in tab order. The sheet is found through the workbook's
   * own list, and the shared strings and styles by content type, because POI's lookups by
   * relationship type and its {@code StylesTable} know only the transitional namespaces.
   */
  static XlsxSheetParser firstSheet(OPCPackage pkg, int maxColumns) throws Exception {
    XSSFReader reader = new XSSFReader(pkg, true);
    Workbook workbook = workbook(reader);
    XlsxCellValues values =
        new XlsxCellValues(sharedStrings(pkg), dateStyles(pkg), workbook.date1904());
    return new XlsxSheetParser(reader.getSheet(workbook.firstSheet()), values, maxColumns);
  }

  /** A StAX factory that reads no DTD and resolves no external entity. */
  static XMLInputFactory xmlInputFactory() {
    XMLInputFactory factory = XMLHelper.newXMLInputFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("External entity refused: " + systemId);
        });
    return factory;
  }

  /**
   * The domain exception for a failure of POI or of the XML parser: a zip bomb or encryption
   * wherever it shows in the causes, otherwise {@code fallbackKey}.
   */
  static UnreadableFileException failure(Throwable error, String fallbackKey) {
    String key = fallbackKey;
    Throwable cause = error;
    for (int depth = 0; cause != null && depth < 20; depth++) {
      if (cause instanceof UnreadableFileException unreadable) {
        return unreadable;
      }
      String message = String.valueOf(cause.getMessage());
      if (message.contains("Zip bomb detected") || message.contains("MAX_FILE_COUNT")) {
        key = ZIP_BOMB;
        break;
      }
      if (cause instanceof EncryptedDocumentException
          || cause instanceof OLE2NotOfficeXmlFileException) {
        key = ENCRYPTED;
        break;
      }
      if (cause instanceof NotOfficeXmlFileException) {
        key = NOT_XLSX;
      }
      Throwable nested = cause instanceof XMLStreamException xml ? xml.getNestedException() : null;
      cause = cause.getCause() != null ? cause.getCause() : nested;
    }
    UnreadableFileException unreadable = new UnreadableFileException(key);
    unreadable.initCause(error);
    return unreadable;
  }

  private static boolean isEncrypted(File file) {
    try (POIFSFileSystem ole2 = new POIFSFileSystem(file, true)) {
      return ole2.getRoot().hasEntry(Decryptor.DEFAULT_POIFS_ENTRY)
          || ole2.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isWorkbook(OPCPackage pkg) {
    PackageRelationshipCollection core =
        pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
    if (core.isEmpty()) {
      core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
    }
    PackagePart part = core.isEmpty() ? null : pkg.getPart(core.getRelationship(0));
    return part != null && WORKBOOK_TYPES.contains(part.getContentType());
  }

  /** What the reader needs of {@code workbook.xml}: the date system and the first sheet. */
  private record Workbook(boolean date1904, String firstSheet) {}

  private static Workbook workbook(XSSFReader reader) throws Exception {
    boolean date1904 = false;
    try (InputStream workbook = reader.getWorkbookData()) {
      XMLStreamReader xml = xmlInputFactory().createXMLStreamReader(workbook);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if ("workbookPr".equals(name)) {
              String value = xml.getAttributeValue(null, "date1904");
              date1904 = "1".equals(value) || "true".equals(value);
            } else if ("sheet".equals(name)) {
              String id = xml.getAttributeValue(RELATIONSHIPS, "id");
              id = id != null ? id : xml.getAttributeValue(STRICT_RELATIONSHIPS, "id");
              if (id == null) {
                throw new UnreadableFileException(UNREADABLE);
              }
              return new Workbook(date1904, id);
            }
          }
        }
        throw new UnreadableFileException(UNREADABLE);
      } finally {
        xml.close();
      }
    }
  }

  /**
   * The text of each item ({@code <si>}) of the shared strings table, read as inline strings are.
   * POI's {@code ReadOnlySharedStringsTable} skips the elements of a Strict file and wraps every
   * lookup in a new rich text object, which cost more than reading the sheet.
   */
  private static List<String> sharedStrings(OPCPackage pkg) throws Exception {
    List<PackagePart> parts =
        pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
    if (parts.isEmpty()) {
      return null;
    }
    List<String> strings = new ArrayList<>();
    try (InputStream table = parts.get(0).getInputStream()) {
      XMLStreamReader xml = xmlInputFactory().createXMLStreamReader(table);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT && "si".equals(xml.getLocalName())) {
            strings.add(XlsxSheetParser.readText(xml, true, true));
          }
        }
        return strings;
      } finally {
        xml.close();
      }
    }
  }

  /**
   * The indexes of the cell formats ({@code <cellXfs>}) that show numbers as dates, the one thing
   * the reader needs of {@code styles.xml}.
   */
  private static BitSet dateStyles(OPCPackage pkg) throws Exception {
    BitSet dates = new BitSet();
    List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
    if (parts.isEmpty()) {
      return dates;
    }
    Map<Integer, String> formats = new HashMap<>();
    int cellFormat = -1;
    try (InputStream styles = parts.get(0).getInputStream()) {
      XMLStreamReader xml = xmlInputFactory().createXMLStreamReader(styles);
      try {
        while (xml.hasNext()) {
          int event = xml.next();
          String name = event == XMLStreamConstants.START_ELEMENT ? xml.getLocalName() : "";
          if ("numFmt".equals(name)) {
            formats.put(number(xml, "numFmtId"), xml.getAttributeValue(null, "formatCode"));
          } else if ("cellXfs".equals(name)) {
            cellFormat = 0;
          } else if ("xf".equals(name) && cellFormat >= 0) {
            int id = number(xml, "numFmtId");
            String format = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
            dates.set(cellFormat++, DateUtil.isADateFormat(id, format));
          } else if (event == XMLStreamConstants.END_ELEMENT
              && "cellXfs".equals(xml.getLocalName())) {
            return dates;
          }
        }
        return dates;
      } finally {
        xml.close();
      }
    }
  }

  private static int number(XMLStreamReader xml, String attribute) {
    String value = xml.getAttributeValue(null, attribute);
    return value == null ? 0 : Integer.parseInt(value.strip());
  }
}
