package org.capacita.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.Http;
import org.capacita.support.NeedsChromium;
import org.capacita.support.NewWorkshop;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Mi aprendizaje" lists the learner's workshops: the upcoming one they have a seat in, the full
 * one they wait for with their place in the queue, and a past one, each linking to its page.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class MyWorkshopsUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  private Api api;
  private String trainer;

  @Test
  void shouldListUpcomingWaitlistedAndPastWorkshops() throws Exception {
    api = new Api(base);
    trainer = "Bearer " + api.demoToken("trainer");
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String family = "Mamani " + tag;
    String learner = api.newLearnerWithPerson("Rosa", family);
    long person = personNamed(family);
    long someoneElse = newPerson("Quispe " + tag);

    String soon = schedule("Taller próximo " + tag, 5, LocalDate.now().plusDays(9));
    String full = schedule("Taller lleno " + tag, 1, LocalDate.now().plusDays(12));
    String past = schedule("Taller pasado " + tag, 5, LocalDate.now().minusDays(30));
    String other = schedule("Taller ajeno " + tag, 5, LocalDate.now().plusDays(9));
    enrol(soon, person, "ENROLLED");
    enrol(full, someoneElse, "ENROLLED");
    enrol(full, person, "WAITLISTED");
    enrol(past, person, "ENROLLED");

    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn(learner, Api.PASSWORD);
      browser.go("learning/index.xhtml");
      assertEquals("Mis talleres", browser.text("#workshops-heading"));
      String upcoming = browser.text("#upcoming");
      assertTrue(upcoming.contains("Taller próximo " + tag), upcoming);
      assertTrue(upcoming.contains("Con cupo"), upcoming);
      String waiting = browser.text("#waitlisted");
      assertTrue(waiting.contains("Taller lleno " + tag), waiting);
      assertTrue(waiting.contains("Puesto 1 en la lista de espera"), waiting);
      assertTrue(browser.text("#past").contains("Taller pasado " + tag), browser.text("#past"));
      assertFalse(browser.text("#workshops").contains("Taller ajeno"), "only the learner's");
      browser.width(390);

      browser.click("#workshop-" + soon + " a");
      assertEquals("Taller próximo " + tag, browser.heading());
      assertTrue(browser.url().contains("workshop.xhtml?id=" + soon), browser.url());
    }
  }

  private String schedule(String title, int capacity, LocalDate day) {
    return String.valueOf(
        new NewWorkshop()
            .title(title)
            .venue("Liceo Bicentenario")
            .city("Arica")
            .capacity(capacity)
            .on(day)
            .scheduleWith(api, trainer));
  }

  private void enrol(String workshop, long person, String status) {
    HttpResponse<String> enrolled =
        api.http()
            .postJson(
                "api/v1/workshops/" + workshop + "/enrollments",
                "{\"personId\":" + person + "}",
                "Authorization",
                trainer);
    assertEquals(201, enrolled.statusCode(), enrolled.body());
    assertEquals(status, Http.json(enrolled).getString("status"), enrolled.body());
  }

  private long personNamed(String family) {
    HttpResponse<String> found =
        api.http().get("api/v1/people?q=" + family.replace(" ", "%20"), "Authorization", trainer);
    return Http.json(found).getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
  }

  /** A new person of that family name, registered by the trainer. */
  private long newPerson(String family) {
    String body =
        Json.createObjectBuilder()
            .add("givenNames", "Juana")
            .add("familyNames", family)
            .add("sex", "F")
            .add("institution", "CESFAM Arica")
            .add("sector", "health")
            .add("workCity", "Arica")
            .add("workCountry", "CL")
            .build()
            .toString();
    HttpResponse<String> created =
        api.http().postJson("api/v1/people", body, "Authorization", trainer);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }
}
