package org.capacita.certificates.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.capacita.certificates.domain.CertificateFacts;
import org.capacita.certificates.domain.Logo;
import org.capacita.certificates.domain.Wording;
import org.capacita.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * A template's design on the page: a shipped logo ({@code content/certificates/}) printed as one
 * image, Spanish only, and the certificate still under 60 KB.
 */
class CertificateLogoTest {

  @Test
  void shouldPrintTheLogoAndStayUnderSixtyKilobytes() throws Exception {
    byte[] png = Files.readAllBytes(Path.of("content/certificates/red-de-salud.png"));
    Wording wording =
        Templates.defaultWording()
            .designed(List.of(Messages.SPANISH), new Logo("red-de-salud.png", png));
    CertificateFacts facts =
        new CertificateFacts(
            "Ştefan Ţărână-Müller",
            "TIP-SALUD",
            "Trafficking in persons and health",
            "Trata de personas y salud",
            new BigDecimal("12.5"),
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 4),
            "Iquique",
            "Programa Capacita",
            wording.printedLanguages().orElseThrow());
    byte[] pdf =
        CertificatePage.pdf(
            new Printing(
                facts,
                wording,
                1234,
                "ABCDEFGHJK0123456789",
                "https://capacita.example/verify/ABCDEFGHJK0123456789",
                LocalDate.of(2026, 12, 3),
                null));
    Files.write(Path.of("target/certificate-logo-sample.pdf"), pdf);
    assertTrue(pdf.length <= 60 * 1024, "at most 60 KB: " + pdf.length);
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      var images = document.getPage(1).getResources().getResourceNames(PdfName.XObject);
      assertEquals(1, images.size(), "the logo, once");
    }
    String text = CertificatePdfTest.text(pdf);
    assertTrue(text.contains("Certificado de aprovechamiento"), text);
    assertTrue(!text.contains("Certificate of completion"), "Spanish only: " + text);
  }
}
