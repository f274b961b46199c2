package org.capacita.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;

/**
 * What the attendance tests arrange through the API: workshops of the demo trainer with sessions,
 * persons of their own (unique names), enrolments, and roll-call saves and reads.
 */
final class AttendanceApi {

  final Api api;
  final Http http;
  final String trainer;
  final String tag = UUID.randomUUID().toString().substring(0, 8);

  AttendanceApi(URL base) {
    api = new Api(base);
    http = api.http();
    trainer = "Bearer " + api.demoToken("trainer");
  }

  /** A workshop of the demo trainer with two sessions, the first today. */
  String workshop(int capacity) {
    LocalDate today = LocalDate.now();
    String body =
        Json.createObjectBuilder()
            .add("moduleCode", "TEST-ONLINE")
            .add("title", "Roll call " + tag)
            .add("venue", "Hospital Regional, auditorium")
            .add("city", "Antofagasta")
            .add("country", "CL")
            .add("timeZone", "America/Santiago")
            .add("capacity", capacity)
            .add(
                "sessions",
                Json.createArrayBuilder()
                    .add(session(today, "09:00", "13:00"))
                    .add(session(today.plusDays(1), "09:00", "11:00")))
            .build()
            .toString();
    HttpResponse<String> created =
        http.postJson("api/v1/workshops", body, "Authorization", trainer);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").toString();
  }

  private static JsonObject session(LocalDate day, String start, String end) {
    return Json.createObjectBuilder()
        .add("date", day.toString())
        .add("start", start)
        .add("end", end)
        .build();
  }

  long person(String given) {
    return api.newPerson(
        given, "Asistencia " + tag + " " + UUID.randomUUID().toString().substring(0, 6));
  }

  long enrolled(String workshop, String given) {
    long person = person(given);
    HttpResponse<String> enrolled =
        http.postJson(
            "api/v1/workshops/" + workshop + "/enrollments",
            "{\"personId\":" + person + "}",
            "Authorization",
            trainer);
    assertEquals(201, enrolled.statusCode(), enrolled.body());
    return person;
  }

  static String rows(Object... personAndStatus) {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (int i = 0; i < personAndStatus.length; i += 2) {
      rows.add(
          Json.createObjectBuilder()
              .add("personId", ((Number) personAndStatus[i]).longValue())
              .add("status", personAndStatus[i + 1].toString()));
    }
    return rows.build().toString();
  }

  HttpResponse<String> save(String workshop, int session, String rows, String token, String key) {
    HttpRequest.Builder request =
        http.request(attendance(workshop, session))
            .header("Content-Type", "application/json")
            .header("Authorization", token)
            .header("Accept-Language", "es")
            .PUT(HttpRequest.BodyPublishers.ofString(rows));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    return http.send(request);
  }

  HttpResponse<String> marks(String workshop, int session, String token) {
    return http.get(attendance(workshop, session), "Authorization", token);
  }

  JsonArray marksOf(String workshop, int session) {
    HttpResponse<String> marks = marks(workshop, session, trainer);
    assertEquals(200, marks.statusCode(), marks.body());
    return Http.jsonArray(marks);
  }

  JsonArray changesOf(String workshop, int session) {
    HttpResponse<String> changes =
        http.get(attendance(workshop, session) + "/changes", "Authorization", trainer);
    assertEquals(200, changes.statusCode(), changes.body());
    return Http.jsonArray(changes);
  }

  static String attendance(String workshop, int session) {
    return "api/v1/workshops/" + workshop + "/sessions/" + session + "/attendance";
  }

  String otherTrainer() {
    return "Bearer " + api.tokenOf(api.newAccount("TRAINER"), Api.PASSWORD);
  }

  String statusOf(String workshop, int session, long person) {
    return marksOf(workshop, session).stream()
        .map(JsonObject.class::cast)
        .filter(m -> m.getJsonNumber("personId").longValue() == person)
        .filter(m -> !m.isNull("status"))
        .map(m -> m.getString("status"))
        .findFirst()
        .orElse(null);
  }
}
