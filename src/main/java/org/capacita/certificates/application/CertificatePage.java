package org.capacita.certificates.application;

import com.google.zxing.common.BitMatrix;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Link;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.ByteArrayOutputStream;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.capacita.certificates.domain.CertificateFacts;
import org.capacita.certificates.domain.Logo;
import org.capacita.certificates.domain.Placeholders;
import org.capacita.infrastructure.documents.PdfFonts;
import org.capacita.infrastructure.documents.PrintedText;
import org.capacita.infrastructure.documents.QrCodes;
import org.capacita.shared.i18n.Messages;

/**
 * One certificate as a one-page landscape A4 PDF (iText): the issuer, the title, the holder's name,
 * the wording with its placeholders filled, in the first language large and the second (if any)
 * smaller beneath; the number, issue date (and expiry) and, at the foot, a QR code and a printed,
 * clickable verification address. Text is set in DejaVu Serif, embedded as a subset, so every Latin
 * name prints exactly; invisible direction controls in a name are left out.
 */
public final class CertificatePage {

  private static final Color INK = new DeviceRgb(0x1f, 0x3a, 0x4d);
  private static final Color SECOND = new DeviceRgb(0x55, 0x65, 0x70);
  private static final float QR_SIZE = 92f;

  private CertificatePage() {}

  public static byte[] pdf(Printing printing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(48 * 1024);
    PdfDocument pdf =
        new PdfDocument(new PdfWriter(out, new WriterProperties().setFullCompressionMode(true)));
    CertificateFacts facts = printing.facts();
    List<Locale> languages = facts.languages();
    Locale first = languages.get(0);
    pdf.getDocumentInfo()
        .setTitle(
            PrintedText.of(printing.wording().title(spanish(first))) + " " + printing.number())
        .setAuthor(PrintedText.of(facts.issuer()))
        .setSubject(PrintedText.of(facts.holder()) + " · " + PrintedText.of(facts.title(first)))
        .setKeywords(printing.code());
    PdfFont regular = PdfFonts.SERIF.forOneDocument();
    PdfFont bold = PdfFonts.SERIF_BOLD.forOneDocument();
    try (Document document = new Document(pdf, PageSize.A4.rotate())) {
      document.setMargins(64, 80, 185, 80);
      PdfPage page = pdf.addNewPage();
      Rectangle box = page.getPageSize();
      PdfCanvas canvas = new PdfCanvas(page);
      frame(canvas, box);
      logo(document, printing.wording().logo(), box);
      document.add(text(PrintedText.of(facts.issuer()).toUpperCase(first), bold, 13, INK, 0));
      for (int i = 0; i < languages.size(); i++) {
        boolean main = i == 0;
        String title = PrintedText.of(printing.wording().title(spanish(languages.get(i))));
        document.add(
            text(title, main ? bold : regular, main ? 30 : 16, main ? INK : SECOND, main ? 16 : 2));
      }
      document.add(text(intro(languages), regular, 12, SECOND, 22));
      document.add(text(PrintedText.of(facts.holder()), bold, 28, INK, 8));
      for (int i = 0; i < languages.size(); i++) {
        Locale locale = languages.get(i);
        String body =
            Placeholders.fill(
                PrintedText.of(printing.wording().body(spanish(locale))), values(printing, locale));
        boolean main = i == 0;
        document.add(text(body, regular, main ? 13 : 11, main ? INK : SECOND, main ? 14 : 6));
      }
      foot(document, canvas, box, printing, regular, bold);
    }
    return out.toByteArray();
  }

  private static Paragraph text(String text, PdfFont font, float size, Color color, float above) {
    return new Paragraph(text)
        .setFont(font)
        .setFontSize(size)
        .setFontColor(color)
        .setTextAlignment(TextAlignment.CENTER)
        .setMultipliedLeading(1.15f)
        .setMarginTop(above)
        .setMarginBottom(0);
  }

  private static void foot(
      Document layout,
      PdfCanvas canvas,
      Rectangle box,
      Printing printing,
      PdfFont regular,
      PdfFont bold) {
    List<Locale> languages = printing.facts().languages();
    float left = 70;
    float bottom = 58;
    StringBuilder details = new StringBuilder();
    for (Locale locale : languages) {
      details
          .append(
              Messages.get(
                  locale,
                  "certificates.pdf.number",
                  Long.toString(printing.number()),
                  day(printing.issuedOn(), locale)))
          .append('\n');
      if (printing.expiresOn() != null) {
        details
            .append(
                Messages.get(
                    locale, "certificates.pdf.validUntil", day(printing.expiresOn(), locale)))
            .append('\n');
      }
    }
    layout.add(
        new Paragraph(details.toString().strip())
            .setFont(regular)
            .setFontSize(9)
            .setFontColor(SECOND)
            .setFixedPosition(1, left, bottom, 380));
    String url = printing.verificationUrl();
    StringBuilder verify = new StringBuilder();
    for (Locale locale : languages) {
      verify.append(Messages.get(locale, "certificates.pdf.verify")).append(" · ");
    }
    verify.setLength(verify.length() - 3);
    float qrLeft = box.getRight() - 70 - QR_SIZE;
    qr(canvas, url, qrLeft, bottom + 26, QR_SIZE);
    layout.add(
        new Paragraph(verify.toString())
            .setFont(regular)
            .setFontSize(8)
            .setFontColor(SECOND)
            .setTextAlignment(TextAlignment.RIGHT)
            .setFixedPosition(1, box.getRight() - 70 - 330, bottom + 12, 330));
    layout.add(
        new Paragraph(link(url))
            .setFont(bold)
            .setFontSize(8.5f)
            .setFontColor(INK)
            .setTextAlignment(TextAlignment.RIGHT)
            .setFixedPosition(1, box.getRight() - 70 - 330, bottom - 2, 330));
  }

  /** The template's logo, if any, in the top left corner inside the frame, at most 150 × 54. */
  private static void logo(Document document, Logo logo, Rectangle box) {
    if (logo == null) {
      return;
    }
    Image image = new Image(ImageDataFactory.create(logo.content()));
    image.scaleToFit(150, 54);
    image.setFixedPosition(1, 52, box.getTop() - 52 - image.getImageScaledHeight());
    document.add(image);
  }

  private static Link link(String url) {
    Link link = new Link(url, PdfAction.createURI(url));
    link.getLinkAnnotation().setBorder(new PdfArray(new float[] {0, 0, 0}));
    link.setUnderline();
    return link;
  }

  private static void frame(PdfCanvas canvas, Rectangle box) {
    canvas.saveState().setStrokeColor(INK).setLineWidth(2.5f);
    canvas.rectangle(28, 28, box.getWidth() - 56, box.getHeight() - 56).stroke();
    canvas.setLineWidth(0.8f);
    canvas.rectangle(36, 36, box.getWidth() - 72, box.getHeight() - 72).stroke();
    canvas.restoreState();
  }

  /** The QR code as filled squares (vector), runs of dark modules merged into one rectangle. */
  private static void qr(PdfCanvas canvas, String text, float x, float y, float size) {
    BitMatrix matrix = QrCodes.of(text, 0);
    int modules = matrix.getWidth();
    float unit = size / modules;
    canvas.saveState().setFillColor(INK);
    for (int row = 0; row < modules; row++) {
      int column = 0;
      while (column < modules) {
        if (!matrix.get(column, row)) {
          column++;
          continue;
        }
        int start = column;
        while (column < modules && matrix.get(column, row)) {
          column++;
        }
        canvas.rectangle(
            x + start * unit, y + size - (row + 1) * unit, (column - start) * unit, unit);
      }
    }
    canvas.fill().restoreState();
  }

  private static String intro(List<Locale> languages) {
    StringBuilder intro = new StringBuilder();
    for (Locale locale : languages) {
      intro.append(Messages.get(locale, "certificates.pdf.intro")).append(" · ");
    }
    return intro.substring(0, intro.length() - 3);
  }

  private static Map<String, String> values(Printing printing, Locale locale) {
    CertificateFacts facts = printing.facts();
    Map<String, String> values = new HashMap<>();
    values.put("holder", PrintedText.of(facts.holder()));
    values.put("module", PrintedText.of(facts.title(locale)));
    values.put("hours", NumberFormat.getNumberInstance(locale).format(facts.hours()));
    values.put("firstDay", day(facts.firstDay(), locale));
    values.put("lastDay", day(facts.lastDay(), locale));
    values.put(
        "city",
        facts.venueCity() == null
            ? Messages.get(locale, "certificates.pdf.online")
            : PrintedText.of(facts.venueCity()));
    values.put("issuer", PrintedText.of(facts.issuer()));
    values.put("number", Long.toString(printing.number()));
    values.put("issuedOn", day(printing.issuedOn(), locale));
    return values;
  }

  static String day(LocalDate day, Locale locale) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
  }

  private static boolean spanish(Locale locale) {
    return "es".equals(locale.getLanguage());
  }
}
