package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Deployments;
import org.capacita.support.Http;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /api/v1/workshops} and their enrolments over HTTP: scheduling, bad input, waitlist and
 * promotion (with the promotion mail), cancellation, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkshopsApiIT {

  @RegisterExtension
  static final GreenMailExtension MAIL =
      new GreenMailExtension(new ServerSetup(TestSettings.smtpPort(), "127.0.0.1", "smtp"));

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private Api api;
  private Http http;
  private String trainer;

  @BeforeEach
  void connect() {
    api = new Api(base);
    http = api.http();
    trainer = "Bearer " + api.demoToken("trainer");
  }

  @Test
  void shouldScheduleAWorkshopWithNumberedSessionsAndTheTrainerAsOneOfItsTrainers() {
    String city = "Antofagasta";
    HttpResponse<String> created =
        post(
            "api/v1/workshops",
            workshop(city, 20, future(10), "14:00", "17:30", future(9), "09:00", "13:00"),
            trainer);

    assertEquals(201, created.statusCode(), created.body());
    JsonObject workshop = Http.json(created);
    assertTrue(created.headers().firstValue("Location").orElse("").contains("/workshops/"));
    assertEquals(1, workshop.getJsonArray("sessions").getJsonObject(0).getInt("number"));
    assertEquals(
        future(9).toString(), workshop.getJsonArray("sessions").getJsonObject(0).getString("date"));
    assertEquals("09:00", workshop.getJsonArray("sessions").getJsonObject(0).getString("start"));
    assertEquals(2, workshop.getJsonArray("sessions").getJsonObject(1).getInt("number"));
    assertEquals(7.5, workshop.getJsonNumber("hours").doubleValue());
    assertEquals("America/Santiago", workshop.getString("timeZone"));
    assertEquals("CL", workshop.getString("country"));
    assertTrue(
        workshop.getJsonArray("trainerIds").toString().contains(String.valueOf(me(trainer))),
        "the trainer who scheduled it trains it");

    String id = workshop.getJsonNumber("id").toString();
    JsonObject read = Http.json(http.get("api/v1/workshops/" + id, "Authorization", learner()));
    assertEquals(0, read.getInt("enrolled"));
    assertEquals(0, read.getInt("waitlisted"));
    assertEquals(20, read.getInt("capacity"));
    HttpResponse<String> found =
        http.get(
            "api/v1/workshops?city=ANTOFAGASTA&moduleCode=TEST-ONLINE&from=" + future(9),
            "Authorization",
            trainer);
    assertEquals(200, found.statusCode(), found.body());
    assertTrue(ids(found).contains(id), found.body());
    HttpResponse<String> later =
        http.get("api/v1/workshops?from=" + future(11), "Authorization", trainer);
    assertTrue(!ids(later).contains(id), "outside the period");
  }

  @Test
  void shouldRefuseBadInputWithTranslatedFieldErrorsAndSaveNothing() {
    String city = "Pueblo " + UUID.randomUUID().toString().substring(0, 8);
    LocalDate day = future(20);
    assertFieldError(
        workshop(city, 10, day, "12:00", "09:00"), 422, "sessions[0].end", "debe terminar");
    assertFieldError(
        workshop(city, 10, day, "09:00", "12:00", day, "11:00", "13:00"),
        422,
        "sessions[1]",
        "se superponen");
    assertFieldError(
        workshop(city, 10, day, "09:00", "12:00").add("timeZone", "Mars/Olympus"),
        422,
        "timeZone",
        "Zona horaria desconocida");
    assertFieldError(
        workshop(city, 10, day, "09:00", "12:00").add("moduleCode", "NO-SUCH"),
        422,
        "moduleCode",
        "NO-SUCH");
    assertFieldError(workshop(city, 0, day, "09:00", "12:00"), 422, "capacity", "capacidad");
    assertFieldError(workshop(city, 10, day, "9 am", "12:00"), 400, "sessions[0].start", "HH:mm");

    HttpResponse<String> none =
        http.get("api/v1/workshops?city=" + city.replace(" ", "%20"), "Authorization", trainer);
    assertEquals(0, Http.json(none).getInt("total"), "nothing was saved");
    HttpResponse<String> malformed = post("api/v1/workshops", "{\"capacity\": \"many\"", trainer);
    assertEquals(400, malformed.statusCode(), malformed.body());
  }

  @Test
  void shouldWaitlistBeyondCapacityAndPromoteTheFirstWaitlistedWithAMail() throws Exception {
    String id = newWorkshop(trainer, 2, future(5));
    long first = person(null);
    long second = person(null);
    String promotedAddress = "promoted-" + UUID.randomUUID().toString().substring(0, 8) + "@x.org";
    long third = person(promotedAddress);
    long fourth = person(null);

    assertEnrolment(enrol(id, first, trainer), "ENROLLED", null);
    assertEnrolment(enrol(id, second, trainer), "ENROLLED", null);
    assertEnrolment(enrol(id, third, trainer), "WAITLISTED", 1);
    assertEnrolment(enrol(id, fourth, trainer), "WAITLISTED", 2);
    HttpResponse<String> again = enrol(id, first, trainer);
    assertEquals(409, again.statusCode(), again.body());
    JsonObject full = Http.json(http.get("api/v1/workshops/" + id, "Authorization", trainer));
    assertEquals(2, full.getInt("enrolled"));
    assertEquals(2, full.getInt("waitlisted"));

    HttpResponse<String> cancelled = delete("api/v1/workshops/" + id + "/enrollments/" + second);

    assertEquals(204, cancelled.statusCode(), cancelled.body());
    HttpResponse<String> roster = roster(id, trainer);
    assertEquals("ENROLLED", row(roster, third).getString("status"));
    assertEquals("WAITLISTED", row(roster, fourth).getString("status"));
    assertEquals(1, row(roster, fourth).getInt("position"));
    assertEquals("CANCELLED", row(roster, second).getString("status"));
    MimeMessage promotion = mailTo(promotedAddress, "A seat is yours");
    assertTrue(promotion.getContent().toString().contains("you are now enrolled"));

    HttpResponse<String> shrink =
        put(
            "api/v1/workshops/" + id,
            workshop("Antofagasta", 1, future(5), "09:00", "12:00").build().toString());
    assertEquals(422, shrink.statusCode(), shrink.body());
    assertEquals(
        "capacity", Http.json(shrink).getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void shouldKeepEnrolmentsOfACancelledWorkshopAndRefuseNewOnes() {
    String id = newWorkshop(trainer, 5, future(7));
    long kept = person(null);
    assertEnrolment(enrol(id, kept, trainer), "ENROLLED", null);

    HttpResponse<String> cancelled =
        post("api/v1/workshops/" + id + "/cancellation", "{\"reason\":\"Venue flooded\"}", trainer);

    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertEquals("CANCELLED", Http.json(cancelled).getString("status"));
    assertEquals("Venue flooded", Http.json(cancelled).getString("cancellationReason"));
    assertEquals("ENROLLED", row(roster(id, trainer), kept).getString("status"));
    HttpResponse<String> late =
        http.postJson(
            "api/v1/workshops/" + id + "/enrollments",
            "{\"personId\":" + person(null) + "}",
            "Authorization",
            trainer,
            "Accept-Language",
            "es");
    assertEquals(422, late.statusCode(), late.body());
    assertTrue(Http.json(late).getString("detail").contains("fue cancelado"), late.body());
    assertEquals(
        409,
        post("api/v1/workshops/" + id + "/cancellation", "{\"reason\":\"again\"}", trainer)
            .statusCode());
  }

  @Test
  void shouldHideOneTrainersWorkshopFromAnotherTrainer() {
    String id = newWorkshop(trainer, 5, future(8));
    long enrolled = person(null);
    assertEnrolment(enrol(id, enrolled, trainer), "ENROLLED", null);
    String other = "Bearer " + api.tokenOf(api.newAccount("TRAINER"), Api.PASSWORD);

    assertEquals(
        404,
        http.send(
                http.request("api/v1/workshops/" + id)
                    .header("Content-Type", "application/json")
                    .header("Authorization", other)
                    .PUT(
                        HttpRequest.BodyPublishers.ofString(
                            workshop("Antofagasta", 9, future(8), "09:00", "12:00")
                                .build()
                                .toString())))
            .statusCode());
    assertEquals(404, enrol(id, person(null), other).statusCode());
    assertEquals(404, roster(id, other).statusCode());
    assertEquals(
        404,
        post("api/v1/workshops/" + id + "/cancellation", "{\"reason\":\"mine now\"}", other)
            .statusCode());
    assertEquals(
        404,
        http.send(
                http.request("api/v1/workshops/" + id + "/enrollments/" + enrolled)
                    .header("Authorization", other)
                    .DELETE())
            .statusCode());
    assertEquals(200, http.get("api/v1/workshops/" + id, "Authorization", other).statusCode());
    assertEquals(
        1,
        Http.json(http.get("api/v1/workshops/" + id, "Authorization", trainer)).getInt("enrolled"));
  }

  @Test
  void shouldLetALearnerEnrolAndCancelOnlyThemselfAndOnlyForFutureWorkshops() throws Exception {
    String id = newWorkshop(trainer, 5, future(6));
    String family = "Rojas " + UUID.randomUUID().toString().substring(0, 8);
    String username = api.newLearnerWithPerson("Carla", family);
    String learner = "Bearer " + api.tokenOf(username, Api.PASSWORD);
    long own = personNamed(family);
    long someoneElse = person(null);

    assertEquals(404, enrol(id, someoneElse, learner).statusCode());
    assertEnrolment(enrol(id, own, learner), "ENROLLED", null);
    assertEquals(403, roster(id, learner).statusCode());
    assertEnrolment(enrol(id, someoneElse, trainer), "ENROLLED", null);
    assertEquals(
        404,
        http.send(
                http.request("api/v1/workshops/" + id + "/enrollments/" + someoneElse)
                    .header("Authorization", learner)
                    .DELETE())
            .statusCode());
    assertEquals(
        204,
        http.send(
                http.request("api/v1/workshops/" + id + "/enrollments/" + own)
                    .header("Authorization", learner)
                    .DELETE())
            .statusCode());
    mailTo(username + "@example.org", "Inscripción confirmada");

    HttpResponse<String> approval =
        post(
            "api/v1/workshops",
            workshop("Antofagasta", 5, future(6), "09:00", "13:00").add("signUpMode", "APPROVAL"),
            trainer);
    String asked = Http.json(approval).getJsonNumber("id").toString();
    assertEnrolment(enrol(asked, own, learner), "REQUESTED", null);
    HttpResponse<String> approved =
        post("api/v1/workshops/" + asked + "/enrollments/" + own + "/approval", "", trainer);
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("ENROLLED", Http.json(approved).getString("status"));

    String past = newWorkshop(trainer, 5, LocalDate.now().minusDays(30));
    HttpResponse<String> tooLate = enrol(past, own, learner);
    assertEquals(422, tooLate.statusCode(), tooLate.body());
    assertEnrolment(enrol(past, own, trainer), "ENROLLED", null);
  }

  // --- helpers ---

  private void assertFieldError(
      JsonObjectBuilder body, int status, String field, String messagePart) {
    HttpResponse<String> response =
        http.postJson(
            "api/v1/workshops",
            body.build().toString(),
            "Authorization",
            trainer,
            "Accept-Language",
            "es");
    assertEquals(status, response.statusCode(), response.body());
    JsonObject error = Http.json(response).getJsonArray("errors").getJsonObject(0);
    assertEquals(field, error.getString("field"), response.body());
    assertTrue(error.getString("message").contains(messagePart), response.body());
  }

  private static void assertEnrolment(HttpResponse<String> response, String status, Integer at) {
    assertEquals(201, response.statusCode(), response.body());
    JsonObject enrolment = Http.json(response);
    assertEquals(status, enrolment.getString("status"));
    if (at == null) {
      assertTrue(!enrolment.containsKey("position"), response.body());
    } else {
      assertEquals(at.intValue(), enrolment.getInt("position"));
    }
  }

  private MimeMessage mailTo(String address, String subjectStart) throws Exception {
    long until = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < until) {
      for (MimeMessage mail : MAIL.getReceivedMessages()) {
        if (mail.getAllRecipients()[0].toString().equals(address)
            && mail.getSubject().startsWith(subjectStart)) {
          return mail;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "No mail '"
            + subjectStart
            + "' to "
            + address
            + " among "
            + Arrays.stream(MAIL.getReceivedMessages()).map(WorkshopsApiIT::describe).toList());
  }

  private static String describe(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0] + ": " + mail.getSubject();
    } catch (Exception e) {
      return e.toString();
    }
  }

  private static LocalDate future(int days) {
    return LocalDate.now().plusDays(days);
  }

  private static JsonObjectBuilder workshop(String city, int capacity, Object... sessions) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i < sessions.length; i += 3) {
      list.add(
          Json.createObjectBuilder()
              .add("date", sessions[i].toString())
              .add("start", sessions[i + 1].toString())
              .add("end", sessions[i + 2].toString()));
    }
    return Json.createObjectBuilder()
        .add("moduleCode", "TEST-ONLINE")
        .add("title", "Trafficking and health in " + city)
        .add("venue", "Hospital Regional, auditorium")
        .add("city", city)
        .add("country", "CL")
        .add("timeZone", "America/Santiago")
        .add("capacity", capacity)
        .add("project", "Northern Chile health response")
        .add("sessions", list);
  }

  private String newWorkshop(String token, int capacity, LocalDate day) {
    HttpResponse<String> created =
        post(
            "api/v1/workshops",
            workshop("Antofagasta", capacity, day, "09:00", "13:00").build().toString(),
            token);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").toString();
  }

  private long person(String email) {
    JsonObjectBuilder person =
        Json.createObjectBuilder()
            .add("givenNames", "Paula")
            .add("familyNames", "Test " + UUID.randomUUID().toString().substring(0, 8))
            .add("sex", "F")
            .add("institution", "Hospital de Antofagasta")
            .add("sector", "health")
            .add("workCity", "Antofagasta")
            .add("workCountry", "CL");
    if (email != null) {
      person.add("email", email);
    }
    HttpResponse<String> created = post("api/v1/people", person.build().toString(), trainer);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  private long personNamed(String familyNames) {
    HttpResponse<String> found =
        http.get("api/v1/people?q=" + familyNames.replace(" ", "%20"), "Authorization", trainer);
    JsonArray items = Http.json(found).getJsonArray("items");
    assertEquals(1, items.size(), found.body());
    return items.getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static List<String> ids(HttpResponse<String> page) {
    return Http.json(page).getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .map(w -> w.getJsonNumber("id").toString())
        .toList();
  }

  private static JsonObject row(HttpResponse<String> roster, long personId) {
    assertEquals(200, roster.statusCode(), roster.body());
    return Http.json(roster).getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(e -> e.getJsonNumber("personId").longValue() == personId)
        .findFirst()
        .orElseThrow(() -> new AssertionError(personId + " not in " + roster.body()));
  }

  private long me(String token) {
    return Http.json(http.get("api/v1/accounts/me", "Authorization", token))
        .getJsonNumber("id")
        .longValue();
  }

  private String learner() {
    return "Bearer " + api.demoToken("learner");
  }

  private HttpResponse<String> enrol(String id, long personId, String token) {
    return post(
        "api/v1/workshops/" + id + "/enrollments", "{\"personId\":" + personId + "}", token);
  }

  private HttpResponse<String> roster(String id, String token) {
    return http.get("api/v1/workshops/" + id + "/enrollments", "Authorization", token);
  }

  private HttpResponse<String> post(String path, String json, String token) {
    return http.postJson(path, json, "Authorization", token);
  }

  private HttpResponse<String> post(String path, JsonObjectBuilder json, String token) {
    return post(path, json.build().toString(), token);
  }

  private HttpResponse<String> put(String path, String json) {
    return http.send(
        http.request(path)
            .header("Content-Type", "application/json")
            .header("Authorization", trainer)
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> delete(String path) {
    return http.send(http.request(path).header("Authorization", trainer).DELETE());
  }
}
