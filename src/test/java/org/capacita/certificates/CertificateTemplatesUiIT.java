package org.capacita.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.capacita.support.Browser;
import org.capacita.support.Http;
import org.capacita.support.NeedsChromium;
import org.capacita.support.PageClient;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The certificate template page, in Spanish: an admin changes the Spanish wording of TEST-DESIGN,
 * chooses Spanish only and a shipped logo, opens the preview and reads the new words in the PDF
 * (with the placeholders filled and {@code ${7*7}} as written), saves, and the API reads the new
 * template; a logo that is not an image is refused with a translated message; a lead or a trainer
 * is denied the page and the preview (403), anyone signed out is sent to sign in.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class CertificateTemplatesUiIT extends RunningApplication {

  private static final String MODULE = "TEST-DESIGN";
  private static final String PAGE = "admin/certificate-templates.xhtml?module=" + MODULE;

  @ArquillianResource private URL base;

  @Test
  void shouldEditTheWordingSeeThePreviewAndSave() throws Exception {
    CertificateFixtures f = new CertificateFixtures(base);
    String words = "ha aprobado «{module}» en {city} " + f.tag + " ${7*7}";
    try (Browser admin = Browser.open(base, "es")) {
      admin.signIn("admin", TestSettings.demoPassword());
      admin.go(PAGE);
      assertTrue(admin.text("#placeholders").contains("{holder}"), admin.text("#placeholders"));
      admin.screenshot("certificate-templates-es-1280");
      admin.width(390);
      admin.screenshot("certificate-templates-es-390");
      admin.width(1280);

      admin.type("#template\\:bodyEs", words);
      admin.find("#template\\:languages option[value='es']").click();
      admin.find("#template\\:logoChoice option[value='red-de-salud.png']").click();
      admin.click("#template\\:preview");
      String preview = admin.find("#previewLink").getAttribute("href");
      assertTrue(admin.text("#previewReady").contains("vista previa"), admin.text("main"));
      String text = pdfText(fetch(admin, preview));
      assertTrue(text.contains("ha aprobado «Módulo de diseño» en Iquique " + f.tag), text);
      assertTrue(text.contains("${7*7}"), "printed as written: " + text);
      assertTrue(!text.contains("Certificate of completion"), "Spanish only: " + text);
      admin.screenshot("certificate-templates-preview-es-1280");

      admin.click("#template\\:save");
      assertTrue(admin.messages().contains("guardada"), admin.messages());
      assertTrue(admin.text("#logoChoice-hint").contains("red-de-salud.png"));
    }
    HttpResponse<String> stored =
        f.http.get("api/v1/certificate-templates/" + MODULE, "Authorization", f.admin);
    assertEquals(words, Http.json(stored).getString("bodyEs"));
  }

  @Test
  void shouldRefuseALogoThatIsNotAnImage() throws Exception {
    Path fake = Files.createTempFile("logo", ".png");
    Files.writeString(fake, "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>");
    try (Browser admin = Browser.open(base, "es")) {
      admin.signIn("admin", TestSettings.demoPassword());
      admin.go(PAGE);
      admin.find("#template\\:upload").sendKeys(fake.toString());
      admin.click("#template\\:preview");
      assertTrue(
          admin.messages().contains("Un logotipo debe ser una imagen PNG o JPEG"),
          admin.messages());
    } finally {
      Files.delete(fake);
    }
  }

  @Test
  void shouldOpenThePageAndThePreviewToAdministratorsOnly() {
    PageClient anonymous = new PageClient(base);
    assertEquals(302, anonymous.get(PAGE).statusCode());
    for (String role : new String[] {"lead", "trainer", "learner"}) {
      PageClient other = new PageClient(base);
      other.signIn(role, TestSettings.demoPassword());
      assertEquals(403, other.get(PAGE).statusCode(), role);
      assertEquals(403, other.get("admin/certificate-preview.pdf").statusCode(), role);
    }
    PageClient admin = new PageClient(base);
    admin.signIn("admin", TestSettings.demoPassword());
    assertEquals(200, admin.get(PAGE).statusCode());
    assertEquals(404, admin.get("admin/certificate-preview.pdf").statusCode(), "none rendered");
  }

  private byte[] fetch(Browser browser, String address) throws Exception {
    HttpResponse<byte[]> pdf =
        new Http(base)
            .bytes(
                new Http(base)
                    .request(address.substring(address.indexOf("admin/")))
                    .header("Cookie", "JSESSIONID=" + browser.sessionCookie().getValue())
                    .GET());
    assertEquals(200, pdf.statusCode());
    return pdf.body();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      return PdfTextExtractor.getTextFromPage(document.getPage(1)).replaceAll("\\s+", " ");
    }
  }
}
