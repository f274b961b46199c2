package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.junit.jupiter.api.BeforeEach;

/** What the workshop API tests share: a trainer's token, and requests and checks they repeat. */
abstract class WorkshopApiTest extends RunningApplication {

  Api api;
  Http http;
  String trainer;

  /** The address of the deployment under test. */
  abstract URL base();

  @BeforeEach
  void connect() {
    api = new Api(base());
    http = api.http();
    trainer = "Bearer " + api.demoToken("trainer");
  }

  void assertFieldError(JsonObjectBuilder body, int status, String field, String messagePart) {
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

  static void assertEnrolment(HttpResponse<String> response, String status, Integer at) {
    assertEquals(201, response.statusCode(), response.body());
    JsonObject enrolment = Http.json(response);
    assertEquals(status, enrolment.getString("status"));
    if (at == null) {
      assertTrue(!enrolment.containsKey("position"), response.body());
    } else {
      assertEquals(at.intValue(), enrolment.getInt("position"));
    }
  }

  static LocalDate future(int days) {
    return LocalDate.now().plusDays(days);
  }

  static JsonObjectBuilder workshop(String city, int capacity, Object... sessions) {
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

  String newWorkshop(String token, int capacity, LocalDate day) {
    HttpResponse<String> created =
        post(
            "api/v1/workshops",
            workshop("Antofagasta", capacity, day, "09:00", "13:00").build().toString(),
            token);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").toString();
  }

  long person(String email) {
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

  long personNamed(String familyNames) {
    HttpResponse<String> found =
        http.get("api/v1/people?q=" + familyNames.replace(" ", "%20"), "Authorization", trainer);
    JsonArray items = Http.json(found).getJsonArray("items");
    assertEquals(1, items.size(), found.body());
    return items.getJsonObject(0).getJsonNumber("id").longValue();
  }

  static List<String> ids(HttpResponse<String> page) {
    return Http.json(page).getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .map(w -> w.getJsonNumber("id").toString())
        .toList();
  }

  static JsonObject row(HttpResponse<String> roster, long personId) {
    assertEquals(200, roster.statusCode(), roster.body());
    return Http.json(roster).getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(e -> e.getJsonNumber("personId").longValue() == personId)
        .findFirst()
        .orElseThrow(() -> new AssertionError(personId + " not in " + roster.body()));
  }

  long me(String token) {
    return Http.json(http.get("api/v1/accounts/me", "Authorization", token))
        .getJsonNumber("id")
        .longValue();
  }

  String learner() {
    return "Bearer " + api.demoToken("learner");
  }

  HttpResponse<String> enrol(String id, long personId, String token) {
    return post(
        "api/v1/workshops/" + id + "/enrollments", "{\"personId\":" + personId + "}", token);
  }

  HttpResponse<String> roster(String id, String token) {
    return http.get("api/v1/workshops/" + id + "/enrollments", "Authorization", token);
  }

  HttpResponse<String> post(String path, String json, String token) {
    return http.postJson(path, json, "Authorization", token);
  }

  HttpResponse<String> post(String path, JsonObjectBuilder json, String token) {
    return post(path, json.build().toString(), token);
  }

  HttpResponse<String> put(String path, String json) {
    return http.send(
        http.request(path)
            .header("Content-Type", "application/json")
            .header("Authorization", trainer)
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  HttpResponse<String> delete(String path) {
    return http.send(http.request(path).header("Authorization", trainer).DELETE());
  }
}
