package org.capacita.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.capacita.support.Browser;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/** The registry in the browser, in Spanish: register, find, review duplicates, merge, undo. */
@ResourceLock(TestSettings.MERGES)
@ExtendWith(NeedsChromium.class)
@RunAsClient
class PeopleUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldRegisterFindAndMergeAPersonRecordedTwice() throws Exception {
    String institution = "Hospital de Calama " + UUID.randomUUID().toString().substring(0, 6);
    String first;
    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      register(trainer, "José Ignacio", "Pérez Zúñiga", institution);
      assertTrue(trainer.messages().contains("quedó registrada"), trainer.messages());
      assertEquals("José Ignacio Pérez Zúñiga", trainer.heading());
      first = trainer.driver().getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
      register(trainer, "Jose", "Perez", institution);

      trainer.go(
          "people/index.xhtml?q="
              + java.net.URLEncoder.encode("jose perez " + institution, "UTF-8"));
      assertTrue(trainer.text("#list\\:people").contains("José Ignacio Pérez Zúñiga"));
      assertTrue(trainer.text("#list\\:people").contains("Jose Perez"));

      trainer.go("people/duplicates.xhtml");
      assertEquals("Acceso no permitido", trainer.heading());
    }
    try (Browser lead = Browser.open(base, "es")) {
      lead.signIn("lead", TestSettings.demoPassword());
      lead.go("people/duplicates.xhtml");
      assertEquals("Posibles duplicados", lead.heading());
      // The whole queue may hold other tests' pairs on its first page; the person page leads to
      // this person's pairs only.
      lead.go("people/person.xhtml?id=" + first).click("a[id$='personDuplicates']");
      assertTrue(lead.text("#onePerson").contains("José Ignacio Pérez Zúñiga"));
      assertTrue(lead.text("main").contains("Jose Perez"), lead.text("main"));
      // Both records of this pair show the institution; another test's "Jose Perez" may pair
      // with one of them.
      String card =
          "//section[contains(@class,'card')][contains(substring-after(., '"
              + institution
              + "'), '"
              + institution
              + "')]";
      String reasons =
          lead.driver()
              .findElement(
                  org.openqa.selenium.By.xpath(card + "//div[contains(@class,'pair-reasons')]"))
              .getText();
      assertTrue(reasons.contains("Coinciden"), reasons);
      assertTrue(reasons.contains("Apellidos: con pequeñas diferencias"), reasons);
      assertTrue(reasons.contains("Institución: sin diferencias"), reasons);
      lead.clickIn(card, "keepA");
      assertTrue(lead.messages().contains("quedaron fusionadas"), lead.messages());

      assertEquals("Fusiones", lead.heading(), "on to the survivor's merges");
      String merges = lead.text("main");
      assertTrue(merges.contains("Pérez Zúñiga"), merges);
      lead.click("#merges\\:list tr:first-child button[id$='undo']");
      assertTrue(lead.messages().contains("deshecha"), lead.messages());
    }
  }

  private static void register(Browser browser, String given, String family, String institution) {
    browser.go("people/edit.xhtml");
    browser.type("#person\\:givenNames", given);
    browser.type("#person\\:familyNames", family);
    browser.type("#person\\:institution", institution);
    browser.type("#person\\:workCity", "Calama");
    browser.select("sectorMenu", "health");
    browser.select("countryMenu", "CL");
    browser.click("#person\\:save");
  }
}
