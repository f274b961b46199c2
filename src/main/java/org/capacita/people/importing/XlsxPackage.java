package org.capacita.people.importing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
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

  /** A pull parser over the first worksheet in tab order. */
  static XlsxSheetParser firstSheet(OPCPackage pkg, int maxColumns) throws Exception {
    XSSFReader reader = new XSSFReader(pkg, true);
    reader.setUseReadOnlySharedStringsTable(true);
    boolean date1904 = isDate1904(reader);
    XlsxCellValues values =
        new XlsxCellValues(reader.getSharedStringsTable(), reader.getStylesTable(), date1904);
    Iterator<InputStream> sheets = reader.getSheetsData();
    if (!sheets.hasNext()) {
      throw new UnreadableFileException(UNREADABLE);
    }
    return new XlsxSheetParser(sheets.next(), values, maxColumns);
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

  private static boolean isDate1904(XSSFReader reader) throws Exception {
    try (InputStream workbook = reader.getWorkbookData()) {
      XMLStreamReader xml = xmlInputFactory().createXMLStreamReader(workbook);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if ("workbookPr".equals(name)) {
              String value = xml.getAttributeValue(null, "date1904");
              return "1".equals(value) || "true".equals(value);
            }
            if ("sheets".equals(name)) {
              return false;
            }
          }
        }
        return false;
      } finally {
        xml.close();
      }
    }
  }
}
