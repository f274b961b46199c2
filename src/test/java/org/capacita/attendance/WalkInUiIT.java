package org.capacita.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.Http;
import org.capacita.support.Mailbox;
import org.capacita.support.NeedsChromium;
import org.capacita.support.PageClient;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walk-ins on a 390-pixel phone ({@code attendance/walk-in.xhtml}): into a full workshop, a trainer
 * registers someone new and admits them, present, without taking a seat; someone whose national ID
 * the registry knows is not registered twice: the page offers the person found, who is admitted
 * instead. A walk-in is told, like the enrolled, when the workshop is cancelled. Another trainer
 * finds no such page.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class WalkInUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldAdmitWalkInsToAFullWorkshopThroughTheRegistrysDuplicateCheck() throws Exception {
    AttendanceApi a = new AttendanceApi(base);
    String workshop = a.workshop(1);
    a.enrolled(workshop, "Sentada");
    String nationalId = nationalId();
    long known = registered("Rosa", "Quispe Mamani " + a.tag, nationalId);
    String family = "Núñez Peña " + a.tag;
    String email = "walk-in-" + a.tag + "@example.org";
    String page = "attendance/walk-in.xhtml?workshop=" + workshop + "&session=1";

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go(page).width(390);
      fill(trainer, "Íñigo", family, null);
      trainer.type("#person\\:email", email);
      trainer.click("#person\\:register");
      assertTrue(trainer.url().contains("attendance/roll-call.xhtml"), trainer.url());
      assertTrue(trainer.messages().contains("está en el pase de lista"), trainer.messages());
      assertTrue(trainer.text(".roll-list").contains("Íñigo " + family));

      trainer.go(page);
      fill(trainer, "Rosa María", "Quispe " + a.tag, nationalId);
      trainer.click("#person\\:register");
      assertTrue(trainer.messages().contains("ya está registrado"), trainer.messages());
      assertTrue(trainer.text("#find").contains("Quispe Mamani " + a.tag), "the person found");
      trainer.click("#find button[id$=':admit']");
      assertTrue(trainer.url().contains("attendance/roll-call.xhtml"), trainer.url());
    }

    JsonObject walkedIn = roster(a, workshop, known);
    assertEquals("PRESENT", walkedIn.getString("status"));
    assertTrue(walkedIn.getBoolean("walkIn"));
    assertEquals(3, a.marksOf(workshop, 1).size(), "the seated person and two walk-ins");
    assertEquals(
        2,
        a.changesOf(workshop, 1).stream()
            .map(JsonObject.class::cast)
            .filter(c -> "WALK_IN".equals(c.getString("channel")))
            .count());
    JsonObject facts =
        Http.json(a.http.get("api/v1/workshops/" + workshop, "Authorization", a.trainer));
    assertEquals(1, facts.getInt("enrolled"), "walk-ins hold no seat");
    JsonObject rosas =
        Http.json(a.http.get("api/v1/people?q=Quispe+" + a.tag, "Authorization", a.trainer));
    assertEquals(1, rosas.getInt("total"), "no second Rosa Quispe in the registry");

    HttpResponse<String> cancelled =
        a.http.postJson(
            "api/v1/workshops/" + workshop + "/cancellation",
            "{\"reason\":\"Corte de luz en el hospital\"}",
            "Authorization",
            a.trainer);
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    Mailbox.awaitMail(email, "Taller cancelado");
  }

  @Test
  void shouldHideTheWalkInPageFromAnotherTrainerAndALearner() {
    AttendanceApi a = new AttendanceApi(base);
    String workshop = a.workshop(5);
    String page = "attendance/walk-in.xhtml?workshop=" + workshop + "&session=1";
    PageClient other = new PageClient(base);
    other.signIn(a.api.newAccount("TRAINER"), Api.PASSWORD);
    assertEquals(404, other.get(page).statusCode());
    PageClient learner = new PageClient(base);
    learner.signIn("learner", TestSettings.demoPassword());
    assertEquals(404, learner.get(page).statusCode());
  }

  private static void fill(Browser browser, String given, String family, String nationalId) {
    browser.type("#person\\:givenNames", given);
    browser.type("#person\\:familyNames", family);
    if (nationalId != null) {
      browser.type("#person\\:nationalId", nationalId);
    }
    browser.type("#person\\:institution", "Hospital Regional de Antofagasta");
    browser.type("#person\\:workCity", "Antofagasta");
    browser.select("sectorMenu", "health");
    browser.select("countryMenu", "CL");
  }

  private long registered(String given, String family, String nationalId) {
    AttendanceApi a = new AttendanceApi(base);
    String body =
        Json.createObjectBuilder()
            .add("givenNames", given)
            .add("familyNames", family)
            .add("sex", "F")
            .add("nationalId", nationalId)
            .add("institution", "CESFAM Cirujano Videla")
            .add("sector", "health")
            .add("workCity", "Iquique")
            .add("workCountry", "CL")
            .build()
            .toString();
    HttpResponse<String> created =
        a.http.postJson("api/v1/people", body, "Authorization", a.trainer);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  private static JsonObject roster(AttendanceApi a, String workshop, long person) {
    return a.marksOf(workshop, 1).stream()
        .map(JsonObject.class::cast)
        .filter(m -> m.getJsonNumber("personId").longValue() == person)
        .findFirst()
        .orElseThrow();
  }

  private static String nationalId() {
    return Math.abs(UUID.randomUUID().getMostSignificantBits()) % 90_000_000L + 10_000_000L + "-K";
  }
}
