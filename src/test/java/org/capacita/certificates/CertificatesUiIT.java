package org.capacita.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.Http;
import org.capacita.support.Mailbox;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Certificates through the pages, in Spanish: a trainer closes a workshop, issues its certificates
 * and downloads them as a ZIP; an anonymous visitor opens the verification address and reads
 * "Válido", and after a lead's revocation "Revocado" with the reason; the holder finds it on "Mis
 * certificados". The trainer asks to mail the holders, twice: the holder gets one mail.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class CertificatesUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldIssueOnThePageVerifyAnonymouslyAndShowItToTheHolder() throws Exception {
    CertificateFixtures f = new CertificateFixtures(base);
    long person = f.person("Núñez", "João Ştefan");
    String holder = f.learnerAccount(person);
    String workshop = f.attendedWorkshop(10, person);

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go("workshops/workshop.xhtml?id=" + workshop);
      trainer.find("#closeWorkshop\\:closeIt").click();
      trainer.waitUpTo(10).until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
      trainer.click("#confirmYes");
      trainer.find("#certificates-heading");
      trainer.check("#issueCertificates\\:mailHolders");
      trainer.click("#issueCertificates\\:issueThem");
      String outcome = outcomeOnceShowing(trainer, "Certificados emitidos ahora");
      assertTrue(
          trainer.text("#issueState").startsWith("Emisión terminada"), trainer.text("#issueState"));
      String zip = trainer.find("#certificatesZip").getAttribute("href");
      assertTrue(zip.contains("workshop.zip?workshop="), zip);
      Http http = new Http(base);
      HttpResponse<byte[]> archive =
          http.bytes(
              http.request(zip.substring(zip.indexOf("certificates/workshop.zip")))
                  .header("Cookie", "JSESSIONID=" + trainer.sessionCookie().getValue())
                  .GET());
      assertEquals(200, archive.statusCode());
      assertEquals(List.of("pdf"), entriesOf(archive.body()), "one certificate in the ZIP");
      assertTrue(
          trainer.text("#certificatesCount").contains("1"), trainer.text("#certificatesCount"));
      assertTrue(trainer.text("#certificates").contains("Núñez João Ştefan " + f.tag));
      assertTrue(outcome.contains("por correo (en cola o enviado): 1"), outcome);
      trainer.click("#issueCertificates\\:issueThem");
      outcomeOnceShowing(trainer, "Certificados emitidos ahora: 0");
    }
    String address = holder + "@example.org";
    Mailbox.awaitMail(address, "Su certificado: ");
    Thread.sleep(1500);
    assertEquals(
        1,
        Mailbox.mailsTo(address).stream()
            .filter(m -> Mailbox.subject(m).startsWith("Su certificado: "))
            .count(),
        "one mail, though the run was asked twice");
    String code = f.listed(workshop).getJsonObject(0).getString("code");

    try (Browser visitor = Browser.open(base, "es")) {
      visitor.go("verify/" + code);
      assertEquals("Válido", visitor.text(".verify-tag"));
      assertTrue(visitor.text(".verify-holder").contains("Núñez João Ştefan " + f.tag));
      assertEquals(200, f.revoke(code, "Emitido por error", f.lead).statusCode());
      visitor.go("verify/" + code);
      assertEquals("Revocado", visitor.text(".verify-tag"));
      assertTrue(visitor.text("#main").contains("Emitido por error"), visitor.text("#main"));
    }

    try (Browser learner = Browser.open(base, "es")) {
      learner.signIn(holder, Api.PASSWORD);
      learner.go("certificates/my-certificates.xhtml");
      assertTrue(learner.text(".certificate-card").contains("Módulo de lectura"));
      assertEquals("Revocado", learner.text(".certificate-status"));
      assertTrue(
          learner
              .find(".certificate-linkedin")
              .getAttribute("href")
              .startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"));
    }
  }

  /** The issuing run's outcome in the card, once the run finished and the poll showed it. */
  private static String outcomeOnceShowing(Browser trainer, String expected) {
    try {
      return trainer
          .waitUpTo(90)
          .ignoring(org.openqa.selenium.WebDriverException.class)
          .until(
              d -> {
                String text = d.findElement(By.id("issueOutcome")).getText();
                return text.contains(expected) ? text : null;
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "no outcome '" + expected + "' in 90 s: " + trainer.text("#issueCertificates"), e);
    }
  }

  /** The kinds (file extensions) of the archive's entries, each PDF read whole. */
  private static List<String> entriesOf(byte[] zip) throws IOException {
    List<String> kinds = new ArrayList<>();
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        byte[] content = entries.readAllBytes();
        assertTrue(
            new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"),
            entry.getName());
        kinds.add(entry.getName().substring(entry.getName().lastIndexOf('.') + 1));
      }
    }
    return kinds;
  }
}
