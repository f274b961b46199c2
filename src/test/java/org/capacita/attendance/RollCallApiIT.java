package org.capacita.attendance;

import static org.capacita.attendance.AttendanceApi.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.PageClient;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@code /api/v1/workshops/{id}/sessions/{number}/attendance} and the roll-call page: all rows or
 * none, a person not enrolled is a 422, the audit of every change, a repeated save with the same
 * key changes nothing, another trainer (or a learner) finds nothing, and merges move marks.
 */
@ResourceLock(TestSettings.MERGES)
@RunAsClient
class RollCallApiIT extends RunningApplication {

  @ArquillianResource private URL base;

  private AttendanceApi a;

  @BeforeEach
  void connect() {
    a = new AttendanceApi(base);
  }

  @Test
  void shouldSaveNothingWhenOneRowIsBadAndRefuseAPersonNotEnrolledWith422() {
    String workshop = a.workshop(5);
    long ana = a.enrolled(workshop, "Ana");
    long bea = a.enrolled(workshop, "Bea");
    long outsider = a.person("Olga");

    HttpResponse<String> notEnrolled =
        a.save(workshop, 1, rows(ana, "PRESENT", outsider, "PRESENT"), a.trainer, null);
    assertEquals(422, notEnrolled.statusCode(), notEnrolled.body());
    assertTrue(
        notEnrolled.headers().firstValue("Content-Type").orElse("").contains("problem+json"));
    JsonObject error = Http.json(notEnrolled).getJsonArray("errors").getJsonObject(0);
    assertEquals("[1].personId", error.getString("field"));
    assertTrue(error.getString("message").contains("no está inscrita"), notEnrolled.body());

    HttpResponse<String> badStatus =
        a.save(workshop, 1, rows(ana, "PRESENT", bea, "ASLEEP"), a.trainer, null);
    assertEquals(422, badStatus.statusCode(), badStatus.body());
    assertEquals(
        "[1].status",
        Http.json(badStatus).getJsonArray("errors").getJsonObject(0).getString("field"));

    HttpResponse<String> noStatus =
        a.save(workshop, 1, "[{\"personId\":" + ana + "}]", a.trainer, null);
    assertEquals(400, noStatus.statusCode(), noStatus.body());
    assertEquals(400, a.save(workshop, 1, "[{\"personId\":", a.trainer, null).statusCode());
    assertEquals(2, a.marksOf(workshop, 1).size(), "the roster: everyone taking part");
    assertTrue(
        a.marksOf(workshop, 1).stream()
            .map(JsonObject.class::cast)
            .allMatch(m -> m.isNull("status") && !m.getBoolean("walkIn")),
        "nothing of the refused saves was written");

    HttpResponse<String> saved =
        a.save(workshop, 1, rows(ana, "PRESENT", bea, "LATE"), a.trainer, null);
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(2, Http.json(saved).getInt("changed"));
    assertEquals("PRESENT", a.statusOf(workshop, 1, ana));
    assertEquals("LATE", a.statusOf(workshop, 1, bea));
    assertNull(a.statusOf(workshop, 2, ana), "the other session is untouched");
  }

  @Test
  void shouldKeepWhoChangedWhatWhenAndByWhichChannel() {
    String workshop = a.workshop(5);
    long ana = a.enrolled(workshop, "Ana");
    long trainerId =
        Http.json(a.http.get("api/v1/accounts/me", "Authorization", a.trainer))
            .getJsonNumber("id")
            .longValue();

    assertEquals(200, a.save(workshop, 1, rows(ana, "PRESENT"), a.trainer, null).statusCode());
    assertEquals(200, a.save(workshop, 1, rows(ana, "PRESENT"), a.trainer, null).statusCode());
    assertEquals(200, a.save(workshop, 1, rows(ana, "EXCUSED"), a.trainer, null).statusCode());

    JsonArray changes = a.changesOf(workshop, 1);
    assertEquals(2, changes.size(), "a save that changes nothing leaves no trace: " + changes);
    JsonObject first = changes.getJsonObject(0);
    assertFalse(first.containsKey("oldStatus"), changes.toString());
    assertEquals("PRESENT", first.getString("newStatus"));
    assertEquals("API", first.getString("channel"));
    assertEquals(trainerId, first.getJsonNumber("changedBy").longValue());
    assertFalse(first.getString("changedAt").isEmpty());
    JsonObject second = changes.getJsonObject(1);
    assertEquals("PRESENT", second.getString("oldStatus"));
    assertEquals("EXCUSED", second.getString("newStatus"));

    PageClient page = trainerPage();
    String shown = page.get(rollCall(workshop, 1)).body();
    assertTrue(shown.contains("Presente → Justificado"), "the history shows on the roll call");

    String[] statuses = {"LATE", "ABSENT", "PRESENT", "LATE", "ABSENT"};
    for (String status : statuses) {
      assertEquals(200, a.save(workshop, 1, rows(ana, status), a.trainer, null).statusCode());
    }
    String long7 = page.get(rollCall(workshop, 1)).body();
    assertEquals(5, historyLines(long7), "the roll call shows the latest 5 of 7 changes");
    assertTrue(long7.contains("Hay 2 cambios anteriores"), "and says what it leaves out");
    assertTrue(long7.contains("person=" + ana), "with a link to them all");
    String all = page.get(rollCall(workshop, 1) + "&person=" + ana).body();
    assertEquals(1, count(all, "class=\"roll-row\""), "that person alone");
    assertEquals(7, historyLines(all), "every change of that person's mark");
  }

  @Test
  void shouldChangeNothingWhenTheSameSaveIsSentAgain() {
    String workshop = a.workshop(5);
    long ana = a.enrolled(workshop, "Ana");
    String key = UUID.randomUUID().toString();

    HttpResponse<String> first = a.save(workshop, 1, rows(ana, "PRESENT"), a.trainer, key);
    assertEquals(200, first.statusCode(), first.body());
    assertFalse(Http.json(first).getBoolean("repeated"));
    assertEquals(200, a.save(workshop, 1, rows(ana, "ABSENT"), a.trainer, null).statusCode());

    HttpResponse<String> again = a.save(workshop, 1, rows(ana, "PRESENT"), a.trainer, key);
    assertEquals(200, again.statusCode(), again.body());
    assertTrue(Http.json(again).getBoolean("repeated"));
    assertEquals(1, Http.json(again).getInt("changed"), "it answers as the first send did");
    assertEquals("ABSENT", a.statusOf(workshop, 1, ana), "the later mark stays");
    assertEquals(2, a.changesOf(workshop, 1).size());
  }

  @Test
  void shouldHideTheRollCallFromAnotherTrainerAndALearner() {
    String workshop = a.workshop(5);
    long ana = a.enrolled(workshop, "Ana");
    String other = a.otherTrainer();
    String learner = "Bearer " + a.api.demoToken("learner");

    assertEquals(404, a.marks(workshop, 1, other).statusCode());
    assertEquals(404, a.save(workshop, 1, rows(ana, "PRESENT"), other, null).statusCode());
    assertEquals(404, a.marks(workshop, 1, learner).statusCode());
    assertEquals(404, a.save(workshop, 1, rows(ana, "PRESENT"), learner, null).statusCode());
    assertEquals(404, a.marks(workshop, 9, a.trainer).statusCode(), "no such session");
    assertNull(a.statusOf(workshop, 1, ana), "nothing saved");

    PageClient otherPage = new PageClient(base);
    otherPage.signIn(usernameOf(other), Api.PASSWORD);
    assertEquals(404, otherPage.get(rollCall(workshop, 1)).statusCode());
    PageClient learnerPage = new PageClient(base);
    learnerPage.signIn("learner", TestSettings.demoPassword());
    assertEquals(404, learnerPage.get(rollCall(workshop, 1)).statusCode());
    HttpResponse<String> own = trainerPage().get(rollCall(workshop, 1));
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("Ana"), "the trainer of the workshop sees the roll call");
  }

  @Test
  void shouldListEveryParticipantAPageAtATimeOnTheRollCallAndTheRoster() {
    String workshop = a.workshop(130);
    StringBuilder csv =
        new StringBuilder(
            "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,"
                + "workCity,workCountry\n");
    for (int i = 0; i < 120; i++) {
      csv.append(
          String.format(
              "Persona,Lista %s %03d,F,,,,Hospital Regional,health,,Antofagasta,CL%n", a.tag, i));
    }
    HttpResponse<String> imported =
        a.http.send(
            a.http
                .request("api/v1/workshops/" + workshop + "/enrollments/import")
                .header("Authorization", a.trainer)
                .header("Content-Type", "text/csv")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv.toString())));
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(120, Http.json(imported).getInt("enrolled"), imported.body());

    PageClient page = trainerPage();
    String second = page.get(rollCall(workshop, 1) + "&page=1").body();
    assertEquals(20, count(second, "class=\"roll-row\""), "the second page holds the last 20");
    assertTrue(second.contains("Lista " + a.tag + " 119"));
    String found = page.get(rollCall(workshop, 1) + "&q=" + a.tag + "%20077").body();
    assertEquals(1, count(found, "class=\"roll-row\""));

    HttpResponse<String> roster =
        a.http.get(
            "api/v1/workshops/" + workshop + "/enrollments?size=100&page=1&q=" + a.tag,
            "Authorization",
            a.trainer);
    assertEquals(200, roster.statusCode(), roster.body());
    assertEquals(120, Http.json(roster).getInt("total"));
    assertEquals(20, Http.json(roster).getJsonArray("items").size());
  }

  @Test
  void shouldMoveMarksWithAMergeAndBackOnUndo() {
    String workshop = a.workshop(5);
    long duplicate = a.enrolled(workshop, "Dora");
    long survivor = a.person("Dora");
    assertEquals(200, a.save(workshop, 1, rows(duplicate, "LATE"), a.trainer, null).statusCode());
    String lead = "Bearer " + a.api.demoToken("lead");

    HttpResponse<String> merged =
        a.http.postJson(
            "api/v1/people/" + survivor + "/merge",
            Json.createObjectBuilder().add("duplicateId", duplicate).build().toString(),
            "Authorization",
            lead);
    assertEquals(200, merged.statusCode(), merged.body());
    assertEquals("LATE", a.statusOf(workshop, 1, survivor), "the mark moved to the survivor");
    assertNull(a.statusOf(workshop, 1, duplicate));
    assertTrue(
        a.changesOf(workshop, 1).stream()
            .map(JsonObject.class::cast)
            .allMatch(c -> c.getJsonNumber("personId").longValue() == survivor),
        "its audit moved along");

    String merge = merged.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> undone =
        a.http.postJson(
            "api/v1/people/merges/" + merge.substring(merge.lastIndexOf('/') + 1) + "/undo",
            "{}",
            "Authorization",
            lead);
    assertEquals(204, undone.statusCode(), undone.body());
    assertEquals("LATE", a.statusOf(workshop, 1, duplicate), "the mark came back");
    assertNull(a.statusOf(workshop, 1, survivor));
  }

  private PageClient trainerPage() {
    PageClient page = new PageClient(base);
    page.signIn("trainer", TestSettings.demoPassword());
    return page;
  }

  private static String rollCall(String workshop, int session) {
    return "attendance/roll-call.xhtml?workshop=" + workshop + "&session=" + session;
  }

  private String usernameOf(String token) {
    return Http.json(a.http.get("api/v1/accounts/me", "Authorization", token))
        .getString("username");
  }

  /** The lines of the first mark history on a roll-call page. */
  private static int historyLines(String page) {
    String history = page.substring(page.indexOf("class=\"roll-history\""));
    return count(history.substring(0, history.indexOf("</ol>")), "<li>");
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }

  @SuppressWarnings("unused")
  private static List<Long> ids(JsonArray array) {
    return array.stream()
        .map(JsonObject.class::cast)
        .map(o -> o.getJsonNumber("personId").longValue())
        .toList();
  }
}
