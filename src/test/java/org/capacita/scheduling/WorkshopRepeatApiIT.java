package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.PageClient;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Repeating workshops and filling them: a duplicate of a workshop for another city, warnings when a
 * trainer is booked twice (compared in real time across time zones), and enrolment from an import
 * file ({@code POST /api/v1/workshops/{id}/enrollments/import}), all rows or none.
 */
@RunAsClient
class WorkshopRepeatApiIT extends WorkshopApiTest {

  private static final String HEADER =
      "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,workCity,"
          + "workCountry\r\n";

  @ArquillianResource private URL base;

  @Override
  URL base() {
    return base;
  }

  /** A July day next year: Santiago is then at UTC-4 and Buenos Aires at UTC-3. */
  private static LocalDate winterDay() {
    return LocalDate.of(LocalDate.now().getYear() + 1, 7, 14);
  }

  @Test
  void shouldWarnOfADoubleBookedTrainerComparingSessionsInTheirOwnTimeZones() {
    String own = "Bearer " + api.tokenOf(api.newAccount("TRAINER"), Api.PASSWORD);
    long trainerId = me(own);
    LocalDate day = winterDay();
    HttpResponse<String> santiago =
        post("api/v1/workshops", workshop("Santiago", 10, day, "09:00", "11:00"), own);
    assertEquals(201, santiago.statusCode(), santiago.body());
    long santiagoId = Http.json(santiago).getJsonNumber("id").longValue();
    assertEquals(0, Http.json(santiago).getJsonArray("warnings").size(), santiago.body());

    HttpResponse<String> later =
        post("api/v1/workshops", inBuenosAires(day, "11:30", "13:00"), own);
    HttpResponse<String> earlier =
        post("api/v1/workshops", inBuenosAires(day, "09:00", "10:00"), own);

    assertEquals(201, later.statusCode(), later.body());
    JsonArray warnings = Http.json(later).getJsonArray("warnings");
    assertEquals(1, warnings.size(), later.body());
    JsonObject warning = warnings.getJsonObject(0);
    assertEquals("trainerDoubleBooked", warning.getString("code"));
    assertEquals(trainerId, warning.getJsonNumber("trainerId").longValue());
    assertEquals(santiagoId, warning.getJsonNumber("workshopId").longValue());
    assertTrue(warning.getString("message").contains("Santiago"), later.body());
    assertEquals(201, earlier.statusCode(), earlier.body());
    assertEquals(0, Http.json(earlier).getJsonArray("warnings").size(), earlier.body());
    assertFalse(
        Http.json(http.get("api/v1/workshops/" + santiagoId, "Authorization", own))
            .containsKey("warnings"));

    String laterId = Http.json(later).getJsonNumber("id").toString();
    assertEquals(
        200,
        post("api/v1/workshops/" + santiagoId + "/cancellation", "{\"reason\":\"moved\"}", own)
            .statusCode());
    HttpResponse<String> changed =
        http.send(
            http.request("api/v1/workshops/" + laterId)
                .header("Content-Type", "application/json")
                .header("Authorization", own)
                .PUT(
                    HttpRequest.BodyPublishers.ofString(
                        inBuenosAires(day, "11:30", "13:00")
                            .add("venue", "Hospital Italiano")
                            .build()
                            .toString())));
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(0, Http.json(changed).getJsonArray("warnings").size(), changed.body());
  }

  @Test
  void shouldDuplicateAWorkshopOnlyForThoseWhoManageIt() {
    String second = api.newAccount("TRAINER");
    long secondId = me("Bearer " + api.tokenOf(second, Api.PASSWORD));
    HttpResponse<String> created =
        post(
            "api/v1/workshops",
            workshop("Antofagasta", 12, future(20), "09:00", "13:00")
                .add("title", "Repeat " + UUID.randomUUID().toString().substring(0, 8))
                .add("signUpMode", "APPROVAL")
                .add("trainerIds", Json.createArrayBuilder().add(secondId)),
            trainer);
    assertEquals(201, created.statusCode(), created.body());
    JsonObject source = Http.json(created);
    String sourceId = source.getJsonNumber("id").toString();
    assertEnrolment(enrol(sourceId, person(null), trainer), "ENROLLED", null);

    PageClient page = new PageClient(base);
    page.signIn("trainer", TestSettings.demoPassword());
    HttpResponse<String> form = page.get("workshops/edit.xhtml?copyOf=" + sourceId);
    assertEquals(200, form.statusCode());
    assertTrue(form.body().contains(source.getString("title")), "title prefilled");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("workshop", "workshop");
    fields.put("workshop:module_input", "TEST-ONLINE");
    fields.put("workshop:title", source.getString("title"));
    fields.put("workshop:project", "");
    fields.put("workshop:venue", "Hospital de Calama");
    fields.put("workshop:venueAddress", "");
    fields.put("workshop:city", "Calama");
    fields.put("workshop:country_input", "CL");
    fields.put("workshop:timeZone_input", "America/Santiago");
    fields.put("workshop:capacity", "12");
    fields.put("workshop:signUpMode_input", "APPROVAL");
    fields.put("workshop:signUpDeadline", "");
    fields.put("workshop:sessions:0:date", future(27).toString());
    fields.put("workshop:sessions:0:start", "09:00");
    fields.put("workshop:sessions:0:end", "13:00");
    fields.put("workshop:save", "");
    HttpResponse<String> saved =
        page.post("workshops/edit.xhtml?copyOf=" + sourceId, fields, PageClient.viewStateOf(form));

    assertEquals(302, saved.statusCode(), saved.body());
    String location = saved.headers().firstValue("Location").orElseThrow();
    String copyId = location.substring(location.indexOf("id=") + 3).replaceAll("\\D.*", "");
    assertFalse(copyId.equals(sourceId), location);
    JsonObject copy = Http.json(http.get("api/v1/workshops/" + copyId, "Authorization", trainer));
    assertEquals("Calama", copy.getString("city"));
    assertEquals("APPROVAL", copy.getString("signUpMode"));
    assertEquals(source.getJsonArray("trainerIds"), copy.getJsonArray("trainerIds"));
    assertEquals(0, copy.getInt("enrolled"));
    assertEquals(1, Http.json(roster(sourceId, trainer)).getInt("total"));

    PageClient other = new PageClient(base);
    other.signIn(api.newAccount("TRAINER"), Api.PASSWORD);
    assertEquals(403, other.get("workshops/edit.xhtml?copyOf=" + sourceId).statusCode());
  }

  @Test
  void shouldEnrolThePeopleOfAFileCreatingNewOnesAndWaitlistingBeyondCapacity() {
    String id = newWorkshop(trainer, 2, future(9));
    String tag = "Imp" + UUID.randomUUID().toString().substring(0, 6);
    long registered = person(null);
    long already = person(null);
    assertEnrolment(enrol(id, already, trainer), "ENROLLED", null);
    String file =
        HEADER
            + row(registered)
            + row(already)
            + "Nadia,Ortiz "
            + tag
            + ",F,,,,Cesfam Norte "
            + tag
            + ",health,,Antofagasta,CL\r\n"
            + "Olga,Pizarro "
            + tag
            + ",F,,,,Cesfam Norte "
            + tag
            + ",health,,Antofagasta,CL\r\n";

    JsonObject preview = Http.json(upload(id, file, "?dryRun=true", trainer));
    assertCounts(preview, 4, 1, 2, 1, 2);
    assertEquals(1, Http.json(roster(id, trainer)).getInt("total"));
    assertEquals(0, found(tag));

    HttpResponse<String> done = upload(id, file, "", trainer);

    assertEquals(200, done.statusCode(), done.body());
    assertCounts(Http.json(done), 4, 1, 2, 1, 2);
    HttpResponse<String> roster = roster(id, trainer);
    assertEquals("ENROLLED", row(roster, registered).getString("status"));
    assertEquals(2, found(tag));
    assertEquals(1, row(roster, personNamed("Ortiz " + tag)).getInt("position"));
    assertEquals(2, row(roster, personNamed("Pizarro " + tag)).getInt("position"));
    assertCounts(Http.json(upload(id, file, "", trainer)), 4, 0, 0, 4, 0);
  }

  @Test
  void shouldEnrolNobodyFromAFileWithABadRow() {
    String id = newWorkshop(trainer, 5, future(10));
    String tag = "Bad" + UUID.randomUUID().toString().substring(0, 6);
    long registered = person(null);
    String file =
        HEADER
            + row(registered)
            + "Nadia,Ortiz "
            + tag
            + ",F,,,,Cesfam "
            + tag
            + ",health,,Antofagasta,CL\r\n"
            + "Olga,Pizarro "
            + tag
            + ",F,,,,Cesfam "
            + tag
            + ",no-such-sector,,Antofagasta,CL\r\n";

    HttpResponse<String> response = upload(id, file, "", trainer);

    assertEquals(200, response.statusCode(), response.body());
    JsonObject result = Http.json(response);
    assertFalse(result.getBoolean("stored"), response.body());
    assertEquals(0, result.getInt("enrolled"), response.body());
    JsonArray errors = result.getJsonArray("errors");
    assertEquals(1, errors.size(), response.body());
    assertEquals("sector", errors.getJsonObject(0).getString("field"));
    assertEquals(4, errors.getJsonObject(0).getInt("row"), response.body());
    assertEquals(0, Http.json(roster(id, trainer)).getInt("total"));
    assertEquals(0, found(tag));
  }

  @Test
  void shouldNotLetAnotherTrainerOrALearnerEnrolFromAFile() {
    String id = newWorkshop(trainer, 5, future(11));
    String tag = "Den" + UUID.randomUUID().toString().substring(0, 6);
    String file = HEADER + "Nadia,Ortiz " + tag + ",F,,,,Cesfam,health,,Antofagasta,CL\r\n";
    String other = "Bearer " + api.tokenOf(api.newAccount("TRAINER"), Api.PASSWORD);

    assertEquals(404, upload(id, file, "", other).statusCode());
    assertEquals(404, upload(id, file, "?dryRun=true", other).statusCode());
    assertEquals(403, upload(id, file, "", learner()).statusCode());
    assertEquals(0, Http.json(roster(id, trainer)).getInt("total"));
    assertEquals(0, found(tag));
  }

  private JsonObjectBuilder inBuenosAires(LocalDate day, String start, String end) {
    return workshop("Buenos Aires", 10, day, start, end)
        .add("country", "AR")
        .add("timeZone", "America/Argentina/Buenos_Aires");
  }

  private String row(long personId) {
    JsonObject person = Http.json(http.get("api/v1/people/" + personId, "Authorization", trainer));
    return person.getString("givenNames")
        + ","
        + person.getString("familyNames")
        + ",F,,,,Hospital de Antofagasta,health,,Antofagasta,CL\r\n";
  }

  private HttpResponse<String> upload(String id, String csv, String query, String token) {
    return http.send(
        http.request("api/v1/workshops/" + id + "/enrollments/import" + query)
            .header("Content-Type", "text/csv")
            .header("Authorization", token)
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  private int found(String text) {
    return Http.json(
            http.get(
                "api/v1/people?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                "Authorization",
                trainer))
        .getInt("total");
  }

  private static void assertCounts(
      JsonObject result, int rows, int enrolled, int waitlisted, int already, int created) {
    String shown = result.toString();
    assertEquals(rows, result.getInt("rows"), shown);
    assertEquals(enrolled, result.getInt("enrolled"), shown);
    assertEquals(waitlisted, result.getInt("waitlisted"), shown);
    assertEquals(already, result.getInt("alreadyEnrolled"), shown);
    assertEquals(created, result.getInt("created"), shown);
    assertEquals(0, result.getJsonArray("errors").size(), shown);
  }
}
