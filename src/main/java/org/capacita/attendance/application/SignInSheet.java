package org.capacita.attendance.application;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.capacita.shared.i18n.Messages;

/**
 * A session's sign-in sheet as a PDF (iText): A4, the workshop, session, venue and column headings
 * repeated at the top of every page, then one row of about 26 points per person (25 a page) with
 * their name as registered, institution, sheet code and room to sign. Names are set in DejaVu Sans,
 * embedded and subset, so that every accent prints; each value sits in a cell of its own, and the
 * invisible direction controls a name may hold (a right-to-left override) are left out, so nothing
 * typed into a name can reorder the rest of the sheet.
 */
public final class SignInSheet {

  static final float ROW_HEIGHT = 22f;
  private static final Pattern DIRECTION_CONTROLS =
      Pattern.compile("[\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");
  private static final byte[] REGULAR = font("DejaVuSans.ttf");
  private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

  private SignInSheet() {}

  public static byte[] pdf(SessionFacts session, List<SheetLine> lines, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfDocument pdf = new PdfDocument(new PdfWriter(out));
    pdf.getDocumentInfo().setTitle(text(session.title()));
    pdf.getDocumentInfo().setSubject(Messages.get(locale, "attendance.sheet.title"));
    PdfFont regular = embedded(REGULAR);
    PdfFont bold = embedded(BOLD);
    try (Document document = new Document(pdf, PageSize.A4)) {
      document.setMargins(28, 28, 28, 28);
      document.setFont(regular).setFontSize(9.5f);
      Table table =
          new Table(UnitValue.createPercentArray(new float[] {6, 33, 25, 11, 25}))
              .useAllAvailableWidth();
      table.addHeaderCell(heading(session, locale, bold));
      for (String column : List.of("number", "name", "institution", "code", "signature")) {
        table.addHeaderCell(
            new Cell()
                .add(
                    new Paragraph(Messages.get(locale, "attendance.sheet." + column)).setFont(bold))
                .setBackgroundColor(ColorConstants.LIGHT_GRAY));
      }
      int number = 0;
      for (SheetLine line : lines) {
        number++;
        table.addCell(row(Integer.toString(number)));
        table.addCell(row(text(line.listed())));
        table.addCell(row(text(line.institution())).setFontSize(8.5f));
        table.addCell(row(line.code()).setFont(bold));
        table.addCell(row(""));
      }
      document.add(table);
    }
    return out.toByteArray();
  }

  private static Cell heading(SessionFacts session, Locale locale, PdfFont bold) {
    return new Cell(1, 5)
        .setBorder(Border.NO_BORDER)
        .setPaddingBottom(6)
        .add(new Paragraph(Messages.get(locale, "attendance.sheet.title")).setFontSize(9))
        .add(new Paragraph(text(session.title())).setFont(bold).setFontSize(13))
        .add(
            new Paragraph(
                Messages.get(
                    locale,
                    "attendance.sheet.session",
                    session.number(),
                    session.day(),
                    session.start(),
                    session.end(),
                    session.zone())))
        .add(
            new Paragraph(
                Messages.get(
                    locale, "attendance.sheet.venue", text(session.venue()), text(session.city()))))
        .add(
            new Paragraph(Messages.get(locale, "attendance.sheet.instructions")).setFontSize(8.5f));
  }

  private static Cell row(String value) {
    return new Cell()
        .setMinHeight(ROW_HEIGHT)
        .setVerticalAlignment(VerticalAlignment.MIDDLE)
        .add(new Paragraph(value == null ? "" : value));
  }

  /** A value typed by someone, without the invisible controls that could reorder text. */
  static String text(String value) {
    return value == null ? "" : DIRECTION_CONTROLS.matcher(value).replaceAll("");
  }

  /** A font of its own for each document (a font program keeps the subset of one document). */
  private static PdfFont embedded(byte[] font) {
    try {
      FontProgram program = FontProgramFactory.createFont(font, false);
      return PdfFontFactory.createFont(
          program, PdfEncodings.IDENTITY_H, EmbeddingStrategy.FORCE_EMBEDDED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] font(String name) {
    try (InputStream in =
        SignInSheet.class.getResourceAsStream("/org/capacita/attendance/fonts/" + name)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the build: " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
