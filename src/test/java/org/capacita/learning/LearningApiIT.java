package org.capacita.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /api/v1/modules} for anyone, and {@code /api/v1/learning} for a learner's own attempts.
 */
@RunAsClient
class LearningApiIT extends RunningApplication {

  @ArquillianResource private URL base;

  private Api api;
  private Http http;

  @BeforeEach
  void connect() {
    api = new Api(base);
    http = api.http();
  }

  @Test
  void shouldListPublishedModulesToAnyoneInTheirLanguage() {
    HttpResponse<String> spanish = http.get("api/v1/modules", "Accept-Language", "es-CL");
    HttpResponse<String> english = http.get("api/v1/modules");

    assertEquals(200, spanish.statusCode(), spanish.body());
    JsonObject online = module(Http.jsonArray(spanish), "TEST-ONLINE");
    assertEquals("Módulo de prueba en línea", online.getString("title"));
    assertEquals(2.5, online.getJsonNumber("hours").doubleValue());
    assertEquals(3, online.getInt("version"));
    assertEquals(
        "Test module online", module(Http.jsonArray(english), "TEST-ONLINE").getString("title"));
    List<String> codes = codes(Http.jsonArray(english));
    assertFalse(codes.contains("TEST-DRAFT"), "drafts are not offered");
    assertFalse(codes.contains("BROKEN-DESC"), "broken modules do not load");
  }

  @Test
  void shouldDescribeOneModuleAndAnswer404AsProblemForAnUnknownOne() {
    HttpResponse<String> found = http.get("api/v1/modules/TEST-ONLINE", "Accept-Language", "es");
    HttpResponse<String> missing = http.get("api/v1/modules/NO-SUCH", "Accept-Language", "es");
    HttpResponse<String> draft = http.get("api/v1/modules/TEST-DRAFT");

    assertEquals(200, found.statusCode(), found.body());
    JsonObject module = Http.json(found);
    assertEquals(
        "Tablas e imágenes", module.getJsonArray("lessons").getJsonObject(1).getString("title"));
    assertEquals("lessons+posttest", module.getString("completion"));
    assertEquals(404, missing.statusCode());
    assertTrue(
        missing
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertEquals(404, Http.json(missing).getInt("status"));
    assertEquals(404, draft.statusCode());
  }

  @Test
  void shouldScoreOnTheServerWhateverScoreTheClientSends() {
    String learner = bearer(api.newLearnerWithPerson("Rosa", "Quispe Mamani"));
    assertEquals(
        200,
        http.postJson("api/v1/learning/TEST-ONLINE", "", "Authorization", learner).statusCode());

    HttpResponse<String> started = startPre(learner);
    assertEquals(201, started.statusCode(), started.body());
    JsonObject attempt = Http.json(started);
    assertEquals(4, attempt.getJsonArray("questions").size());
    assertFalse(
        started.body().contains("correct\":0") || started.body().contains("\"correct\":1"),
        "the paper never says which option is right");

    HttpResponse<String> forged =
        http.postJson(
            "api/v1/learning/attempts/" + attempt.getJsonNumber("id") + "/answers",
            "{\"answers\":[],\"score\":100,\"correct\":4}",
            "Authorization",
            learner);

    assertEquals(200, forged.statusCode(), forged.body());
    assertEquals(0, Http.json(forged).getInt("score"));
    assertEquals(0, Http.json(forged).getInt("correct"));
    HttpResponse<String> again =
        http.postJson(
            "api/v1/learning/attempts/" + attempt.getJsonNumber("id") + "/answers",
            "{\"answers\":[]}",
            "Authorization",
            learner);
    assertEquals(409, again.statusCode(), "a submitted attempt stays as scored");
  }

  @Test
  void shouldHideOneLearnersAttemptFromAnother() {
    String owner = bearer(api.newLearnerWithPerson("Julia", "Ayala Rivas"));
    String other = bearer(api.newLearnerWithPerson("Marta", "Flores Condori"));
    http.postJson("api/v1/learning/TEST-ONLINE", "", "Authorization", owner);
    String id = Http.json(startPre(owner)).getJsonNumber("id").toString();

    HttpResponse<String> peek = http.get("api/v1/learning/attempts/" + id, "Authorization", other);
    HttpResponse<String> answer =
        http.postJson(
            "api/v1/learning/attempts/" + id + "/answers",
            "{\"answers\":[]}",
            "Authorization",
            other);

    assertEquals(404, peek.statusCode(), peek.body());
    assertEquals(404, answer.statusCode(), answer.body());
    assertEquals(
        200, http.get("api/v1/learning/attempts/" + id, "Authorization", owner).statusCode());
    assertEquals(401, http.get("api/v1/learning/attempts/" + id).statusCode());
  }

  @Test
  void shouldTellAnAccountWithoutAPersonWhyItCannotEnrol() {
    String account = bearer(api.newAccount("LEARNER"));

    HttpResponse<String> refused =
        http.postJson(
            "api/v1/learning/TEST-ONLINE", "", "Authorization", account, "Accept-Language", "es");

    assertEquals(422, refused.statusCode(), refused.body());
    assertTrue(Http.json(refused).getString("detail").contains("no está vinculada a una persona"));
  }

  @Test
  void shouldRefuseLessonsOutOfOrderAndAnUnknownTestKind() {
    String learner = bearer(api.newLearnerWithPerson("Inés", "Tapia Rojas"));
    http.postJson("api/v1/learning/TEST-READING", "", "Authorization", learner);

    HttpResponse<String> skipped =
        http.postJson("api/v1/learning/TEST-READING/lessons/2/read", "", "Authorization", learner);
    HttpResponse<String> badKind =
        http.postJson(
            "api/v1/learning/TEST-ONLINE/attempts",
            "{\"kind\":\"FINAL\"}",
            "Authorization",
            learner);

    assertEquals(422, skipped.statusCode(), skipped.body());
    assertEquals(400, badKind.statusCode(), badKind.body());
    assertEquals(
        "kind", Http.json(badKind).getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  private HttpResponse<String> startPre(String learner) {
    return http.postJson(
        "api/v1/learning/TEST-ONLINE/attempts", "{\"kind\":\"PRE\"}", "Authorization", learner);
  }

  private String bearer(String username) {
    return "Bearer " + api.tokenOf(username, Api.PASSWORD);
  }

  private static JsonObject module(JsonArray modules, String code) {
    return modules.stream()
        .map(JsonObject.class::cast)
        .filter(m -> m.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + modules));
  }

  private static List<String> codes(JsonArray modules) {
    return modules.stream().map(JsonObject.class::cast).map(m -> m.getString("code")).toList();
  }
}
