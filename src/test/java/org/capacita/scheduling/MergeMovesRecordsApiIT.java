package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.PageClient;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A lead merges two records of one official through the API, as on the duplicates page: the
 * duplicate's workshop enrolments and online learning (with its completion) move to the survivor,
 * and come back when the merge is undone.
 */
@ResourceLock(TestSettings.MERGES)
@RunAsClient
class MergeMovesRecordsApiIT extends WorkshopApiTest {

  private static final String READING = "TEST-READING";

  @ArquillianResource private URL base;

  @Override
  URL base() {
    return base;
  }

  @Test
  void shouldMoveEnrolmentsAndCompletionsToTheSurvivorAndBackOnUndo() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long survivor = person(null);
    long duplicate = person("dup-" + tag + "@example.org");
    String learner = "Bearer " + api.tokenOf(learnerAccountFor(duplicate, tag), Api.PASSWORD);
    readEveryLesson(learner);
    String workshop = newWorkshop(trainer, 10, future(20));
    assertEnrolment(enrol(workshop, duplicate), "ENROLLED", null);
    assertTrue(hasCompletion(duplicate), "the duplicate completed the reading module");

    HttpResponse<String> merged =
        post(
            "api/v1/people/" + survivor + "/merge",
            Json.createObjectBuilder().add("duplicateId", duplicate).build().toString(),
            lead());
    assertEquals(200, merged.statusCode(), merged.body());
    String merge = merged.headers().firstValue("Location").orElseThrow();

    assertEquals(List.of(survivor), enrolledIn(workshop), "the enrolment moved to the survivor");
    assertTrue(hasCompletion(survivor), "the completion moved to the survivor");
    assertEquals("COMPLETED", readingStep(learner), "the account and its learning moved along");

    HttpResponse<String> undone =
        post(
            "api/v1/people/merges/" + merge.substring(merge.lastIndexOf('/') + 1) + "/undo",
            "{}",
            lead());
    assertEquals(204, undone.statusCode(), undone.body());

    assertEquals(List.of(duplicate), enrolledIn(workshop), "the enrolment came back");
    assertTrue(hasCompletion(duplicate), "the completion came back");
    assertFalse(hasCompletion(survivor), "and left the survivor");
    assertEquals("COMPLETED", readingStep(learner));
  }

  private String lead() {
    return "Bearer " + api.demoToken("lead");
  }

  private String learnerAccountFor(long personId, String tag) {
    String username = "merged-" + tag;
    String account =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", Api.PASSWORD)
            .add("email", username + "@example.org")
            .add("roles", Json.createArrayBuilder().add("LEARNER"))
            .add("language", "es")
            .add("personId", personId)
            .build()
            .toString();
    HttpResponse<String> opened = post("api/v1/accounts", account, "Bearer " + admin());
    assertEquals(201, opened.statusCode(), opened.body());
    return username;
  }

  private String admin() {
    return api.demoToken("admin");
  }

  private void readEveryLesson(String learner) {
    assertEquals(200, post("api/v1/learning/" + READING, "{}", learner).statusCode());
    for (int lesson = 1; lesson <= 2; lesson++) {
      HttpResponse<String> read =
          post("api/v1/learning/" + READING + "/lessons/" + lesson + "/read", "{}", learner);
      assertEquals(200, read.statusCode(), read.body());
    }
    assertEquals("COMPLETED", readingStep(learner));
  }

  private String readingStep(String learner) {
    return Http.jsonArray(http.get("api/v1/learning", "Authorization", learner)).stream()
        .map(JsonObject.class::cast)
        .filter(module -> READING.equals(module.getString("code")))
        .map(module -> module.getString("nextStep"))
        .findFirst()
        .orElse("NOT_ENROLLED");
  }

  private HttpResponse<String> enrol(String workshop, long personId) {
    return post(
        "api/v1/workshops/" + workshop + "/enrollments",
        Json.createObjectBuilder().add("personId", personId).build().toString(),
        trainer);
  }

  private List<Long> enrolledIn(String workshop) {
    HttpResponse<String> roster =
        http.get("api/v1/workshops/" + workshop + "/enrollments", "Authorization", trainer);
    assertEquals(200, roster.statusCode(), roster.body());
    return Http.json(roster).getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(row -> "ENROLLED".equals(row.getString("status")))
        .map(row -> row.getJsonNumber("personId").longValue())
        .toList();
  }

  /** Whether the person's page shows a completed module in their training record. */
  private boolean hasCompletion(long personId) {
    PageClient page = new PageClient(base);
    page.signIn("trainer", TestSettings.demoPassword());
    HttpResponse<String> shown = page.get("people/person.xhtml?id=" + personId);
    assertEquals(200, shown.statusCode(), shown.body());
    boolean none =
        shown.body().contains("No completed modules yet.")
            || shown.body().contains("Aún no ha completado módulos.");
    return !none;
  }
}
