package org.capacita.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * What the certificate (and report) tests arrange through the API: closed TEST-READING workshops of
 * the demo trainer (a three-hour and a one-hour session, everyone present, so everyone completes),
 * persons with unique names, learner accounts linked to them, and the calls on certificates.
 */
public final class CertificateFixtures {

  public static final String MODULE = "TEST-READING";

  /** The module whose template a test changes: its own, so no other test prints with it. */
  public static final String TEMPLATE_MODULE = "TEST-TEMPLATE";

  public final Api api;
  public final Http http;
  public final String trainer;
  public final String lead;
  public final String admin;
  public final String tag = UUID.randomUUID().toString().substring(0, 8);

  public CertificateFixtures(URL base) {
    api = new Api(base);
    http = api.http();
    trainer = "Bearer " + api.demoToken("trainer");
    lead = "Bearer " + api.demoToken("lead");
    admin = "Bearer " + api.demoToken("admin");
  }

  public long person(String given, String family) {
    return api.newPerson(given, family + " " + tag);
  }

  /** A learner account of {@code person}; returns its bearer header. */
  String learnerOf(long person) {
    return "Bearer " + api.tokenOf(learnerAccount(person), Api.PASSWORD);
  }

  /** A learner account of {@code person} (password {@link Api#PASSWORD}); returns its name. */
  String learnerAccount(long person) {
    return learnerAccount(person, "es");
  }

  /** The same, in {@code language} ({@code es} or {@code en}). */
  String learnerAccount(long person, String language) {
    String username = "holder-" + UUID.randomUUID().toString().substring(0, 8);
    String account =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", Api.PASSWORD)
            .add("email", username + "@example.org")
            .add("roles", Json.createArrayBuilder().add("LEARNER"))
            .add("language", language)
            .add("personId", person)
            .build()
            .toString();
    HttpResponse<String> opened = http.postJson("api/v1/accounts", account, "Authorization", admin);
    assertEquals(201, opened.statusCode(), opened.body());
    return username;
  }

  /** A workshop {@code daysAgo} days ago with {@code persons} present throughout, closed. */
  public String closedWorkshop(int daysAgo, long... persons) {
    return closedWorkshop(MODULE, daysAgo, persons);
  }

  /** A closed workshop of {@code module}. */
  public String closedWorkshop(String module, int daysAgo, long... persons) {
    String workshop = attendedWorkshop(module, daysAgo, persons);
    HttpResponse<String> closed =
        http.postJson("api/v1/workshops/" + workshop + "/closure", "", "Authorization", trainer);
    assertEquals(200, closed.statusCode(), closed.body());
    return workshop;
  }

  /** The same workshop, still open. */
  public String attendedWorkshop(int daysAgo, long... persons) {
    return attendedWorkshop(MODULE, daysAgo, persons);
  }

  public String attendedWorkshop(String module, int daysAgo, long... persons) {
    LocalDate day = LocalDate.now().minusDays(daysAgo);
    String body =
        Json.createObjectBuilder()
            .add("moduleCode", module)
            .add("venue", "Hospital Regional, sala 2")
            .add("city", "Iquique " + tag)
            .add("country", "CL")
            .add("timeZone", "America/Santiago")
            .add("capacity", Math.max(20, persons.length))
            .add(
                "sessions",
                Json.createArrayBuilder()
                    .add(session(day, "09:00", "12:00"))
                    .add(session(day, "14:00", "15:00")))
            .build()
            .toString();
    HttpResponse<String> created =
        http.postJson("api/v1/workshops", body, "Authorization", trainer);
    assertEquals(201, created.statusCode(), created.body());
    String workshop = Http.json(created).getJsonNumber("id").toString();
    JsonArrayBuilder present = Json.createArrayBuilder();
    for (long person : persons) {
      HttpResponse<String> enrolled =
          http.postJson(
              "api/v1/workshops/" + workshop + "/enrollments",
              "{\"personId\":" + person + "}",
              "Authorization",
              trainer);
      assertEquals(201, enrolled.statusCode(), enrolled.body());
      present.add(Json.createObjectBuilder().add("personId", person).add("status", "PRESENT"));
    }
    String rows = present.build().toString();
    for (int session = 1; session <= 2; session++) {
      HttpResponse<String> saved =
          http.send(
              http.request("api/v1/workshops/" + workshop + "/sessions/" + session + "/attendance")
                  .header("Content-Type", "application/json")
                  .header("Authorization", trainer)
                  .PUT(HttpRequest.BodyPublishers.ofString(rows)));
      assertEquals(200, saved.statusCode(), saved.body());
    }
    return workshop;
  }

  private static JsonObject session(LocalDate day, String start, String end) {
    return Json.createObjectBuilder()
        .add("date", day.toString())
        .add("start", start)
        .add("end", end)
        .build();
  }

  public HttpResponse<String> issue(String workshop, String token) {
    return http.postJson(
        "api/v1/workshops/" + workshop + "/certificates", "", "Authorization", token);
  }

  public JsonArray listed(String workshop) {
    HttpResponse<String> listed =
        http.get("api/v1/workshops/" + workshop + "/certificates", "Authorization", trainer);
    assertEquals(200, listed.statusCode(), listed.body());
    return Http.jsonArray(listed);
  }

  /** The code of the certificate of {@code person} in {@code workshop}, issuing if needed. */
  String codeOf(String workshop, long person) {
    assertEquals(200, issue(workshop, trainer).statusCode());
    return listed(workshop).stream()
        .map(JsonObject.class::cast)
        .filter(c -> c.getJsonNumber("personId").longValue() == person)
        .map(c -> c.getString("code"))
        .findFirst()
        .orElseThrow();
  }

  HttpResponse<byte[]> pdf(String code, String token) {
    HttpRequest.Builder request =
        http.request("api/v1/certificates/" + code).header("Accept", "application/pdf");
    if (token != null) {
      request.header("Authorization", token);
    }
    return http.bytes(request.GET());
  }

  byte[] pdfBytes(String code) {
    HttpResponse<byte[]> pdf = pdf(code, trainer);
    assertEquals(200, pdf.statusCode());
    String type = pdf.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/pdf"), type);
    return pdf.body();
  }

  HttpResponse<String> json(String code, String token) {
    return http.get(
        "api/v1/certificates/" + code, "Authorization", token, "Accept", "application/json");
  }

  HttpResponse<String> verify(String code) {
    return http.get("api/v1/verify/" + code, "Accept-Language", "es");
  }

  JsonObject verified(String code) {
    HttpResponse<String> verified = verify(code);
    assertEquals(200, verified.statusCode(), verified.body());
    return Http.json(verified);
  }

  HttpResponse<String> check(byte[] pdf) {
    return http.send(
        http.request("api/v1/verify")
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)));
  }

  HttpResponse<String> revoke(String code, String reason, String token) {
    return http.postJson(
        "api/v1/certificates/" + code + "/revocation",
        Json.createObjectBuilder().add("reason", reason).build().toString(),
        "Authorization",
        token);
  }

  HttpResponse<String> reissue(String code, String holder, String token) {
    return http.postJson(
        "api/v1/certificates/" + code + "/reissue",
        Json.createObjectBuilder().add("holderName", holder).build().toString(),
        "Authorization",
        token);
  }

  /** Replaces the certificate template of {@link #TEMPLATE_MODULE}. */
  HttpResponse<String> template(String titleEn, String titleEs, String bodyEn, String bodyEs) {
    return http.send(
        http.request("api/v1/certificate-templates/" + TEMPLATE_MODULE)
            .header("Content-Type", "application/json")
            .header("Authorization", admin)
            .PUT(
                HttpRequest.BodyPublishers.ofString(
                    Json.createObjectBuilder()
                        .add("titleEn", titleEn)
                        .add("titleEs", titleEs)
                        .add("bodyEn", bodyEn)
                        .add("bodyEs", bodyEs)
                        .build()
                        .toString())));
  }
}
