package org.capacita.certificates.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.annot.PdfAnnotation;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.capacita.certificates.domain.CertificateFacts;
import org.capacita.certificates.domain.Wording;
import org.capacita.shared.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The certificate's page and signature without a container: the names of every Latin script print
 * exactly (read back with iText), the module, hours, dates and a clickable verification address,
 * the placeholders of the allow-list only, at most 60 KB signed; the signature covers the whole
 * document and validates with iText and, where poppler-utils is installed, with {@code pdfsig}; a
 * changed byte breaks it.
 */
class CertificatePdfTest {

  private static final String URL = "https://capacita.example.org/verify/ABCDEFGHJK0123456789";
  private static KeyStore.PrivateKeyEntry key;

  @BeforeAll
  static void makeKey() throws GeneralSecurityException {
    key = SigningKey.selfSigned("Programa Capacita");
  }

  @Test
  void shouldPrintTheHolderModuleHoursAndAddressInBothLanguages() throws IOException {
    for (String holder : List.of("Ştefan Ţărână-Müller", "María José Núñez", "João Gonçalves")) {
      byte[] pdf = signed(printing(holder, Templates.defaultWording()));
      String text = text(pdf);
      assertTrue(text.contains(holder), text);
      assertTrue(text.contains("Trata de personas y salud"), text);
      assertTrue(text.contains("Trafficking in persons and health"), text);
      assertTrue(text.contains("de 12,5 horas"), "Spanish decimals: " + text);
      assertTrue(text.contains("12.5 teaching hours"), text);
      assertTrue(text.contains("Iquique"), text);
      assertTrue(text.contains(URL), text);
      assertTrue(text.contains("Se certifica que") && text.contains("This is to certify that"));
      assertTrue(pdf.length <= 60 * 1024, "at most 60 KB: " + pdf.length);
      assertEquals(URL, linkOf(pdf));
    }
  }

  @Test
  void shouldPrintOneLanguageWhenConfiguredSo() throws IOException {
    Printing english = printing("Ana Pérez", Templates.defaultWording(), List.of(Messages.ENGLISH));
    String text = text(CertificatePage.pdf(english));
    assertTrue(text.contains("Certificate of completion"), text);
    assertFalse(text.contains("Certificado"), text);
  }

  @Test
  void shouldPrintExpressionsAndUnknownPlaceholdersLiterally() throws IOException {
    Wording wording =
        new Wording(
            "Title ${7*7}",
            "Título #{facesContext}",
            "${7*7} #{request.remoteUser} {unknown} {holder} T(java.lang.Runtime)",
            "#{1+1} {module}");
    String text = text(CertificatePage.pdf(printing("Ana Pérez", wording)));
    assertTrue(text.contains("Title ${7*7}"), text);
    assertTrue(text.contains("Título #{facesContext}"), text);
    assertTrue(text.contains("${7*7} #{request.remoteUser} {unknown} Ana Pérez"), text);
    assertTrue(text.contains("#{1+1} Trata de personas y salud"), text);
    assertFalse(text.contains("49"), text);
  }

  @Test
  void shouldSignTheWholeDocumentSoThatAChangedByteShows() throws Exception {
    byte[] pdf = signed(printing("Ştefan Ţărână-Müller", Templates.defaultWording()));
    Files.write(Path.of("target/certificate-sample.pdf"), pdf);
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      SignatureUtil signatures = new SignatureUtil(document);
      assertEquals(List.of(CertificateSigner.FIELD), signatures.getSignatureNames());
      assertTrue(signatures.signatureCoversWholeDocument(CertificateSigner.FIELD));
      PdfPKCS7 pkcs7 = signatures.readSignatureData(CertificateSigner.FIELD);
      assertTrue(pkcs7.verifySignatureIntegrityAndAuthenticity(), "iText validates it");
      assertEquals(key.getCertificate(), pkcs7.getSigningCertificate());
    }
    Path file = Files.createTempFile("certificate", ".pdf");
    Files.write(file, pdf);
    pdfsig(file).ifPresent(out -> assertTrue(out.contains("Signature is Valid"), out));
    byte[] tampered = pdf.clone();
    int at = indexOf(tampered, "Iquique".getBytes());
    if (at < 0) {
      at = tampered.length / 3;
    }
    tampered[at] ^= 1;
    Files.write(file, tampered);
    pdfsig(file).ifPresent(out -> assertFalse(out.contains("Signature is Valid"), out));
    Files.delete(file);
  }

  /** {@code pdfsig}'s report, or empty where poppler-utils is not installed. */
  static java.util.Optional<String> pdfsig(Path file) throws IOException, InterruptedException {
    if (!Files.isExecutable(Path.of("/usr/bin/pdfsig"))) {
      return java.util.Optional.empty();
    }
    Process process =
        new ProcessBuilder("/usr/bin/pdfsig", file.toString()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    process.waitFor(30, TimeUnit.SECONDS);
    return java.util.Optional.of(out);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] signed(Printing printing) {
    return CertificateSigner.sign(
        CertificatePage.pdf(printing),
        key.getPrivateKey(),
        key.getCertificateChain(),
        "Capacita 1",
        "Iquique");
  }

  private static Printing printing(String holder, Wording wording) {
    return printing(holder, wording, List.of(Messages.SPANISH, Messages.ENGLISH));
  }

  private static Printing printing(String holder, Wording wording, List<java.util.Locale> langs) {
    CertificateFacts facts =
        new CertificateFacts(
            holder,
            "TIP-SALUD",
            "Trafficking in persons and health",
            "Trata de personas y salud",
            new BigDecimal("12.5"),
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 4),
            "Iquique",
            "Programa Capacita",
            langs);
    return new Printing(
        facts, wording, 1234, "ABCDEFGHJK0123456789", URL, LocalDate.of(2026, 12, 3), null);
  }

  static String text(byte[] pdf) throws IOException {
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      assertEquals(1, document.getNumberOfPages(), "one page");
      return PdfTextExtractor.getTextFromPage(document.getPage(1)).replace('\n', ' ');
    }
  }

  private static String linkOf(byte[] pdf) throws IOException {
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      for (PdfAnnotation annotation : document.getPage(1).getAnnotations()) {
        PdfDictionary action = annotation.getPdfObject().getAsDictionary(PdfName.A);
        if (action != null && action.getAsString(PdfName.URI) != null) {
          return action.getAsString(PdfName.URI).toUnicodeString();
        }
      }
      PdfArray none = null;
      return String.valueOf(none);
    }
  }
}
