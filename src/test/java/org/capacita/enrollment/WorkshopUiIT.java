package org.capacita.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.Http;
import org.capacita.support.Mailbox;
import org.capacita.support.NeedsChromium;
import org.capacita.support.NewWorkshop;
import org.capacita.support.PageClient;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 3 in a real browser: a trainer schedules a two-session workshop in Antofagasta
 * (America/Santiago) and enrols three people from the registry, a learner takes the last seat, a
 * fourth person is waitlisted, one cancels, and the waitlisted person is promoted and told by mail.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class WorkshopUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldScheduleEnrolWaitlistAndPromoteWithAMail() throws Exception {
    Api api = new Api(base);
    String tag = "Ui" + UUID.randomUUID().toString().substring(0, 6);
    person(api, "Ana", tag + " Araya", null);
    person(api, "Berta", tag + " Bravo", null);
    person(api, "Carmen", tag + " Castro", null);
    String address = tag.toLowerCase() + "@example.org";
    person(api, "Dora", tag + " Durán", address);
    String learner = api.newLearnerWithPerson("Elena", tag + " Espinoza");
    LocalDate day = LocalDate.now().plusDays(14);

    String workshopPage;
    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go("workshops/edit.xhtml");
      assertEquals("Programar un taller", trainer.heading());
      trainer.select("moduleMenu", "TEST-ONLINE");
      trainer.type("#workshop\\:venue", "Hospital Regional, auditorio");
      trainer.type("#workshop\\:city", "Antofagasta");
      trainer.select("countryMenu", "CL");
      trainer.select("zoneMenu", "America/Santiago");
      trainer.type("#workshop\\:capacity", "4");
      trainer.type("#workshop\\:sessions\\:0\\:date", day.toString());
      trainer.check("#workshop\\:addSession");
      trainer.find("#workshop\\:sessions\\:1\\:date");
      trainer.type("#workshop\\:sessions\\:1\\:date", day.plusDays(1).toString());
      trainer.type("#workshop\\:sessions\\:1\\:start", "14:00");
      trainer.type("#workshop\\:sessions\\:1\\:end", "17:30");
      trainer.click("#workshop\\:save");
      assertTrue(trainer.messages().contains("programado"), trainer.messages());
      workshopPage = trainer.url();
      assertTrue(trainer.text("main").contains("America/Santiago"));

      trainer.type("#add\\:query", tag);
      trainer.check("#add\\:find");
      trainer.find("#add\\:selected");
      for (String name : new String[] {"Ana", "Berta", "Carmen"}) {
        trainer
            .driver()
            .findElement(
                org.openqa.selenium.By.xpath(
                    "//label[contains(., '" + name + "') and contains(., '" + tag + "')]"))
            .click();
      }
      trainer.click("#add\\:enrol");
      assertTrue(
          trainer.text("#seatsLeft").startsWith("Quedan 1 de 4"), trainer.text("#seatsLeft"));
    }

    try (Browser own = Browser.open(base, "es")) {
      own.signIn(learner, Api.PASSWORD);
      own.open(workshopPage);
      own.click("#own\\:signUp");
      assertEquals("Con cupo", own.text("#ownStatus"));
      assertTrue(own.text("#seatsLeft").startsWith("Quedan 0 de 4"), own.text("#seatsLeft"));
    }

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.open(workshopPage);
      trainer.type("#add\\:query", tag + " Durán");
      trainer.check("#add\\:find");
      trainer.find("#add\\:selected");
      trainer
          .driver()
          .findElement(org.openqa.selenium.By.xpath("//label[contains(., 'Dora')]"))
          .click();
      trainer.click("#add\\:enrol");
      assertTrue(
          trainer.text("#seatsLeft").contains("1 en lista de espera"), trainer.text("#seatsLeft"));

      trainer
          .driver()
          .findElement(
              org.openqa.selenium.By.xpath(
                  "//tr[contains(., 'Berta')]//button[contains(@id, 'cancel')]"))
          .click();
      trainer.find("#confirmYes");
      trainer
          .waitUpTo(10)
          .until(
              org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(
                  org.openqa.selenium.By.id("confirmYes")));
      trainer.click("#confirmYes");
      assertTrue(trainer.messages().contains("pasó de la lista de espera"), trainer.messages());

      assertTrue(
          trainer.text("#seatsLeft").contains("0 en lista de espera"), trainer.text("#seatsLeft"));
      assertTrue(
          trainer.text("#roster\\:enrolments").contains("Dora " + tag + " Durán"),
          trainer.text("#roster\\:enrolments"));
    }
    MimeMessage promotion = Mailbox.awaitMail(address, "Tiene un cupo");
    assertTrue(String.valueOf(promotion.getContent()).contains("Antofagasta"));

    PageClient other = new PageClient(base);
    String otherTrainer = api.newAccount("TRAINER");
    other.signIn(otherTrainer, Api.PASSWORD);
    String id = workshopPage.substring(workshopPage.indexOf("id=") + 3);
    HttpResponse<String> foreign = other.get("workshops/edit.xhtml?id=" + id);
    assertEquals(403, foreign.statusCode(), "another trainer's workshop is a 403");
  }

  @Test
  void shouldEnrolThePeopleOfAnUploadedFileAfterAPreview(@TempDir Path folder) throws Exception {
    Api api = new Api(base);
    String tag = "File" + UUID.randomUUID().toString().substring(0, 6);
    person(api, "Ana", tag + " Araya", null);
    String id =
        String.valueOf(
            new NewWorkshop().capacity(5).scheduleWith(api, "Bearer " + api.demoToken("trainer")));
    String institution = ",F,,,,Hospital Regional de Antofagasta,health,,Antofagasta,CL\n";
    Path file = folder.resolve("participantes.csv");
    Files.writeString(
        file,
        "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,workCity,"
            + "workCountry\n"
            + ("Ana," + tag + " Araya" + institution)
            + ("Berta," + tag + " Bravo" + institution)
            + ("Carmen," + tag + " Castro" + institution),
        StandardCharsets.UTF_8);

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go("workshops/workshop.xhtml?id=" + id);
      trainer.find("#rosterFile\\:file").sendKeys(file.toString());
      trainer.click("#rosterFile\\:check");

      String preview = trainer.text("#preview\\:lines");
      assertTrue(
          preview.contains("Registrada") && preview.contains("Nueva: se registrará"), preview);
      assertTrue(trainer.text("#importSummary").contains("Se inscriben: 3"));
      assertTrue(!trainer.text("#roster\\:enrolments").contains(tag), "nothing enrolled yet");

      trainer.click("#preview\\:enrolFile");

      assertTrue(trainer.messages().contains("3 inscritas"), trainer.messages());
      String roster = trainer.text("#roster\\:enrolments");
      for (String name : new String[] {"Ana " + tag, "Berta " + tag, "Carmen " + tag}) {
        assertTrue(roster.contains(name), roster);
      }
      assertTrue(
          trainer.text("#seatsLeft").startsWith("Quedan 2 de 5"), trainer.text("#seatsLeft"));
    }
  }

  private static void person(Api api, String given, String family, String email) {
    JsonObjectBuilder person =
        Json.createObjectBuilder()
            .add("givenNames", given)
            .add("familyNames", family)
            .add("sex", "F")
            .add("institution", "Hospital Regional de Antofagasta")
            .add("sector", "health")
            .add("workCity", "Antofagasta")
            .add("workCountry", "CL");
    if (email != null) {
      person.add("email", email);
    }
    HttpResponse<String> created =
        api.http()
            .postJson(
                "api/v1/people",
                person.build().toString(),
                "Authorization",
                "Bearer " + api.demoToken("trainer"));
    assertEquals(201, created.statusCode(), created.body());
    Http.json(created);
  }
}
