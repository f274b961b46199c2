package org.capacita.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.Http;
import org.capacita.support.NeedsChromium;
import org.capacita.support.NewWorkshop;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The workshop page as a trainer fills a workshop and as learners queue for a full one: ticks that
 * survive a new search, a result that names who got what, registry results that tell namesakes
 * apart, an address that keeps its {@code ?id=}, and a waitlist that warns, shows the place and
 * confirms leaving (with JavaScript in a dialog, without in the page).
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class WorkshopPageUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldKeepTicksAcrossSearchesAndSayWhoWasEnrolledWaitlistedOrAlreadyIn() throws Exception {
    Api api = new Api(base);
    String tag = "Tick" + UUID.randomUUID().toString().substring(0, 6);
    person(api, "Diego", tag + " Rojas", null);
    person(api, "Javiera", tag + " Muñoz", tag + "987");
    long carmen = person(api, "Carmen", tag + " Castro", null);
    String id = workshop(api, 2);
    enrol(api, id, carmen);

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go("workshops/workshop.xhtml?id=" + id);
      assertTrue(trainer.text("#trainers").length() > 0, "the trainers are listed");
      assertFalse(trainer.has("#project"), "no empty project label");

      trainer.type("#add\\:query", tag);
      trainer.check("#add\\:find");
      trainer.find("#add\\:selected li");
      trainer.click("#add\\:enrol");
      assertTrue(trainer.messages().contains("No marcó a nadie"), trainer.messages());
      assertTrue(trainer.url().contains("id=" + id), trainer.url());
      assertTrue(trainer.has("#add\\:selected li"), "the results stay for ticking");
      String carmenRow = candidate(trainer, "Carmen").getText();
      assertTrue(carmenRow.contains("Ya inscrita"), carmenRow);
      assertTrue(
          candidate(trainer, "Carmen").findElements(By.cssSelector("input")).isEmpty(),
          "someone already in the workshop cannot be ticked again");
      label(trainer, "Diego").click();

      trainer.type("#add\\:query", tag + " munoz");
      trainer.check("#add\\:find");
      trainer.find("#add\\:picked");
      assertTrue(trainer.text("#add\\:picked").contains("Diego"), trainer.text("#add\\:picked"));
      String javiera = label(trainer, "Javiera").getText();
      assertTrue(
          javiera.contains("Hospital Regional de Antofagasta") && javiera.contains("Antofagasta"),
          javiera);
      assertTrue(javiera.contains("•••987") && !javiera.contains(tag + "987"), javiera);
      label(trainer, "Javiera").click();
      trainer.width(390);
      trainer.width(1280);

      trainer.click("#add\\:enrol");

      String messages = visible(trainer.messages());
      assertTrue(messages.contains("Personas inscritas (1): Diego " + tag + " Rojas"), messages);
      assertTrue(messages.contains("En lista de espera"), messages);
      assertTrue(messages.contains("Javiera " + tag + " Muñoz (lugar 1)"), messages);
      assertFalse(messages.contains("Listo"), messages);
      assertTrue(trainer.url().contains("id=" + id), trainer.url());
      String roster = trainer.text("#roster\\:enrolments");
      assertTrue(roster.contains("Diego " + tag) && roster.contains("Javiera " + tag), roster);
    }
  }

  @Test
  void shouldKeepTheWorkshopInTheAddressAfterAPreviewOrAFormError(@TempDir Path folder)
      throws Exception {
    Api api = new Api(base);
    String tag = "Addr" + UUID.randomUUID().toString().substring(0, 6);
    String id = workshop(api, 5);
    Path file = folder.resolve("participantes.csv");
    Files.writeString(
        file,
        "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,workCity,"
            + "workCountry\n"
            + "Ana,"
            + tag
            + " Araya,F,,,,Hospital Regional de Antofagasta,health,,Antofagasta,CL\n",
        StandardCharsets.UTF_8);

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go("workshops/workshop.xhtml?id=" + id);
      trainer.find("#rosterFile\\:file").sendKeys(file.toString());
      trainer.click("#rosterFile\\:check");
      assertTrue(trainer.text("#importSummary").contains("Se inscriben: 1"));
      assertTrue(trainer.url().endsWith("workshop.xhtml?id=" + id), trainer.url());

      trainer.click("#cancelWorkshop\\:cancelIt");
      assertTrue(trainer.text("#cancelWorkshop").contains("Indique por qué"));
      assertTrue(trainer.url().endsWith("workshop.xhtml?id=" + id), trainer.url());

      trainer.driver().navigate().refresh();
      trainer.waitForPage();
      assertTrue(trainer.heading().length() > 0, "the page is still the workshop's");
    }
  }

  @Test
  void shouldWarnOfTheWaitlistShowThePlaceAndConfirmLeavingIt() throws Exception {
    Api api = new Api(base);
    String tag = "Wait" + UUID.randomUUID().toString().substring(0, 6);
    long ana = person(api, "Ana", tag + " Araya", null);
    String id = workshop(api, 1);
    enrol(api, id, ana);
    String elena = api.newLearnerWithPerson("Elena", tag + " Espinoza");
    String fabiola = api.newLearnerWithPerson("Fabiola", tag + " Fuentes");
    String page = "workshops/workshop.xhtml?id=" + id;

    try (Browser own = Browser.open(base, "es")) {
      own.signIn(elena, Api.PASSWORD);
      own.go(page);
      assertTrue(own.text("#own\\:fullNotice").contains("está completo"));
      assertEquals("Unirme a la lista de espera", own.text("#own\\:signUp"));
      own.width(390);
      own.width(1280);

      own.click("#own\\:signUp");

      assertEquals("En lista de espera", own.text("#ownStatus"));
      assertTrue(own.text("#ownDetail").contains("lugar 1"), own.text("#ownDetail"));
      assertTrue(own.messages().contains("lugar 1"), own.messages());
      assertEquals("Salir de la lista de espera", own.text("#own\\:leave"));
      own.check("#own\\:leave");
      assertTrue(dialog(own).contains("¿Salir de la lista de espera?"), dialog(own));
      own.width(390);
      own.width(1280);
      own.check("#confirmNo");
      own.go(page);
      assertEquals("En lista de espera", own.text("#ownStatus"), "saying no leaves nothing");
    }

    try (Browser own = Browser.openWithoutJavaScript(base, "es")) {
      own.signIn(fabiola, Api.PASSWORD);
      own.go(page);
      own.click("#own\\:signUp");
      assertTrue(own.text("#ownDetail").contains("lugar 2"), own.text("#ownDetail"));
      own.click("#own\\:leave");
      assertTrue(own.text("#own\\:leaveQuestion").contains("¿Salir de la lista de espera?"));
      assertEquals("En lista de espera", own.text("#ownStatus"), "nothing done before the yes");
      own.click("#own\\:leaveYes");
      assertTrue(own.messages().contains("Salió de la lista de espera"), own.messages());
      assertTrue(own.url().contains("id=" + id), own.url());
      assertEquals("Unirme a la lista de espera", own.text("#own\\:signUp"));
    }

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go(page);
      trainer
          .driver()
          .findElement(
              By.xpath("//tr[contains(., 'Ana " + tag + "')]//button[contains(@id, 'cancel')]"))
          .click();
      assertTrue(dialog(trainer).contains("Ana " + tag + " Araya"), dialog(trainer));
      trainer.click("#confirmYes");

      String messages = visible(trainer.messages());
      assertTrue(messages.contains("Se canceló la inscripción de Ana " + tag), messages);
      assertTrue(
          messages.contains("Elena " + tag + " Espinoza pasó de la lista de espera"), messages);
    }

    try (Browser own = Browser.open(base, "es")) {
      own.signIn(elena, Api.PASSWORD);
      own.go(page);
      assertEquals("Con cupo", own.text("#ownStatus"));
      assertEquals("Cancelar mi inscripción", own.text("#own\\:leave"));
    }
  }

  /** Text without the invisible marks that isolate names (README: Security). */
  private static String visible(String text) {
    return text.replace("\u2068", "").replace("\u2069", "");
  }

  /** The question of the confirmation dialog, once it shows. */
  private static String dialog(Browser browser) {
    return visible(
        browser
            .waitUpTo(10)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-confirm-dialog-message")))
            .getText());
  }

  private static org.openqa.selenium.WebElement candidate(Browser browser, String given) {
    browser.has("#add\\:selected li");
    return browser
        .driver()
        .findElement(By.xpath("//li[contains(@class,'candidate')][contains(., '" + given + "')]"));
  }

  private static org.openqa.selenium.WebElement label(Browser browser, String given) {
    return candidate(browser, given).findElement(By.tagName("label"));
  }

  private static long person(Api api, String given, String family, String nationalId) {
    var person =
        Json.createObjectBuilder()
            .add("givenNames", given)
            .add("familyNames", family)
            .add("sex", "F")
            .add("institution", "Hospital Regional de Antofagasta")
            .add("sector", "health")
            .add("workCity", "Antofagasta")
            .add("workCountry", "CL");
    if (nationalId != null) {
      person.add("nationalId", nationalId);
    }
    HttpResponse<String> created =
        api.http()
            .postJson(
                "api/v1/people",
                person.build().toString(),
                "Authorization",
                "Bearer " + api.demoToken("trainer"));
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  private static String workshop(Api api, int capacity) {
    return String.valueOf(
        new NewWorkshop()
            .capacity(capacity)
            .scheduleWith(api, "Bearer " + api.demoToken("trainer")));
  }

  private static void enrol(Api api, String workshop, long person) {
    HttpResponse<String> enrolled =
        api.http()
            .postJson(
                "api/v1/workshops/" + workshop + "/enrollments",
                "{\"personId\":" + person + "}",
                "Authorization",
                "Bearer " + api.demoToken("trainer"));
    assertEquals(201, enrolled.statusCode(), enrolled.body());
  }
}
