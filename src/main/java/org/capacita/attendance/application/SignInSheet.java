package org.capacita.attendance.application;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
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
import java.util.List;
import java.util.Locale;
import org.capacita.infrastructure.documents.PdfFonts;
import org.capacita.infrastructure.documents.PrintedText;
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

  private SignInSheet() {}

  public static byte[] pdf(SessionFacts session, List<SheetLine> lines, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfDocument pdf = new PdfDocument(new PdfWriter(out));
    pdf.getDocumentInfo().setTitle(PrintedText.of(session.title()));
    pdf.getDocumentInfo().setSubject(Messages.get(locale, "attendance.sheet.title"));
    PdfFont regular = PdfFonts.SANS.forOneDocument();
    PdfFont bold = PdfFonts.SANS_BOLD.forOneDocument();
    try (Document document = new Document(pdf, PageSize.A4)) {
      document.setMargins(28, 28, 28, 28);
      document.setFont(regular).setFontSize(9.5f);
      Table table =
          new Table(UnitValue.createPercentArray(new float[] {5, 38, 23, 10, 24}))
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
        table.addCell(row(PrintedText.of(line.listed())));
        table.addCell(row(PrintedText.of(line.institution())).setFontSize(8.5f));
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
        .add(new Paragraph(PrintedText.of(session.title())).setFont(bold).setFontSize(13))
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
                    locale,
                    "attendance.sheet.venue",
                    PrintedText.of(session.venue()),
                    PrintedText.of(session.city()))))
        .add(
            new Paragraph(Messages.get(locale, "attendance.sheet.instructions")).setFontSize(8.5f));
  }

  private static Cell row(String value) {
    return new Cell()
        .setKeepTogether(true)
        .setMinHeight(ROW_HEIGHT)
        .setVerticalAlignment(VerticalAlignment.MIDDLE)
        .add(new Paragraph(value == null ? "" : value));
  }
}
