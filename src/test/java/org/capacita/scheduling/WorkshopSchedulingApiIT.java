package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.capacita.support.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/workshops}: scheduling with numbered sessions, bad input, and cancellation that
 * keeps enrolments.
 */
@RunAsClient
class WorkshopSchedulingApiIT extends WorkshopApiTest {

  @ArquillianResource private URL base;

  @Override
  URL base() {
    return base;
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
  void shouldRescheduleSessionsKeepingTheirNumbers() {
    String id = newWorkshop(trainer, 10, future(20));
    HttpResponse<String> moved =
        put(
            "api/v1/workshops/" + id,
            workshop("Antofagasta", 10, future(21), "10:00", "12:00", future(22), "09:00", "17:00")
                .build()
                .toString());
    assertEquals(200, moved.statusCode(), moved.body());
    JsonObject sessions = Http.json(http.get("api/v1/workshops/" + id, "Authorization", trainer));
    assertEquals(2, sessions.getJsonArray("sessions").size(), sessions.toString());
    JsonObject first = sessions.getJsonArray("sessions").getJsonObject(0);
    assertEquals(future(21).toString(), first.getString("date"));
    assertEquals("10:00", first.getString("start"));
    assertEquals(2, sessions.getJsonArray("sessions").getJsonObject(1).getInt("number"));
    assertEquals(10.0, sessions.getJsonNumber("hours").doubleValue());

    HttpResponse<String> shortened =
        put(
            "api/v1/workshops/" + id,
            workshop("Antofagasta", 10, future(23), "09:00", "13:00").build().toString());
    assertEquals(200, shortened.statusCode(), shortened.body());
    JsonObject one = Http.json(http.get("api/v1/workshops/" + id, "Authorization", trainer));
    assertEquals(1, one.getJsonArray("sessions").size(), one.toString());
    assertEquals(future(23).toString(), one.getString("firstDay", future(23).toString()));
    assertEquals(4.0, one.getJsonNumber("hours").doubleValue());
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
}
