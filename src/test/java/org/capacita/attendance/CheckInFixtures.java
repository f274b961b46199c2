package org.capacita.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;

/**
 * What the check-in tests arrange through the API: workshops with a session going on now (in a
 * venue zone where now is well inside one day) or on another day, people, enrolments, codes.
 */
final class CheckInFixtures {

  /** Zones tried in turn for a session around now that starts and ends on the same local day. */
  private static final List<String> ZONES =
      List.of("America/Santiago", "Europe/Madrid", "Asia/Tokyo", "Pacific/Auckland");

  final Api api;
  final Http http;
  final String trainer;
  final String tag = UUID.randomUUID().toString().substring(0, 6);

  CheckInFixtures(URL base) {
    this.api = new Api(base);
    this.http = api.http();
    this.trainer = "Bearer " + api.demoToken("trainer");
  }

  /** A workshop whose one session started an hour ago and ends in an hour, in the venue's zone. */
  String workshopNow(String title) {
    for (String zone : ZONES) {
      ZonedDateTime now = ZonedDateTime.now(ZoneId.of(zone));
      if (now.getHour() >= 2 && now.getHour() <= 21) {
        LocalTime start = now.toLocalTime().minusHours(1).withSecond(0).withNano(0);
        LocalTime end = now.toLocalTime().plusHours(1).withSecond(0).withNano(0);
        return workshop(title, zone, now.toLocalDate(), start, end);
      }
    }
    throw new IllegalStateException("no zone fits");
  }

  String workshop(String title, String zone, LocalDate day, LocalTime start, LocalTime end) {
    String body =
        Json.createObjectBuilder()
            .add("moduleCode", "TEST-ONLINE")
            .add("title", title + " " + tag)
            .add("venue", "Hospital Regional, auditorio")
            .add("city", "Iquique")
            .add("country", "CL")
            .add("timeZone", zone)
            .add("capacity", 60)
            .add(
                "sessions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("date", day.toString())
                            .add("start", start.toString())
                            .add("end", end.toString())))
            .build()
            .toString();
    HttpResponse<String> created =
        http.postJson("api/v1/workshops", body, "Authorization", trainer);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").toString();
  }

  /** A learner with a person and an account; returns the bearer token and the person's id. */
  Learner learner(String given, String family) {
    long person = api.newPerson(given, family + " " + tag);
    String username = "checkin-" + UUID.randomUUID().toString().substring(0, 8);
    String account =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", Api.PASSWORD)
            .add("email", username + "@example.org")
            .add("roles", Json.createArrayBuilder().add("LEARNER"))
            .add("language", "es")
            .add("personId", person)
            .build()
            .toString();
    HttpResponse<String> opened =
        http.postJson(
            "api/v1/accounts", account, "Authorization", "Bearer " + api.demoToken("admin"));
    assertEquals(201, opened.statusCode(), opened.body());
    return new Learner(username, "Bearer " + api.tokenOf(username, Api.PASSWORD), person);
  }

  record Learner(String username, String token, long personId) {}

  void enrol(String workshop, long person) {
    HttpResponse<String> enrolled =
        http.postJson(
            "api/v1/workshops/" + workshop + "/enrollments",
            "{\"personId\":" + person + "}",
            "Authorization",
            trainer);
    assertEquals(201, enrolled.statusCode(), enrolled.body());
  }

  HttpResponse<String> code(String workshop, String token) {
    return http.get(
        "api/v1/workshops/" + workshop + "/sessions/1/check-in-code", "Authorization", token);
  }

  JsonObject currentCode(String workshop) {
    HttpResponse<String> shown = code(workshop, trainer);
    assertEquals(200, shown.statusCode(), shown.body());
    return Http.json(shown);
  }

  HttpResponse<String> checkIn(String workshop, String code, String token) {
    return http.postJson(
        "api/v1/workshops/" + workshop + "/sessions/1/check-ins",
        Json.createObjectBuilder().add("code", code).build().toString(),
        "Authorization",
        token,
        "Accept-Language",
        "es");
  }
}
