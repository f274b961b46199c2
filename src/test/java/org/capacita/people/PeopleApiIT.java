package org.capacita.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code /api/v1/people} and {@code /api/v1/sectors} as the API contract describes them. */
@ResourceLock(TestSettings.MERGES)
@RunAsClient
class PeopleApiIT extends RunningApplication {

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
  void shouldRegisterAPersonAndShowTheNationalIdMasked() {
    HttpResponse<String> created =
        register(person("María José", "Santos Pérez").add("nationalId", unique()));

    assertEquals(201, created.statusCode(), created.body());
    JsonObject body = Http.json(created);
    assertEquals("Santos Pérez", body.getString("familyNames"));
    assertEquals("health", body.getString("sector"));
    assertEquals("CL", body.getString("workCountry"));
    assertTrue(body.getString("nationalId").startsWith("•"), body.getString("nationalId"));
    assertTrue(created.headers().firstValue("Location").orElse("").contains("/people/"));
  }

  @Test
  void shouldRefuseTheSameNationalIdInTheSameCountryWithDuplicateOf() {
    String digits = unique();
    long first =
        Http.json(register(person("Ana", "Rojas").add("nationalId", digits + "-K")))
            .getJsonNumber("id")
            .longValue();

    String formatted = digits.substring(0, 2) + "." + digits.substring(2) + "-k";
    HttpResponse<String> again =
        register(person("Ana María", "Rojas Díaz").add("nationalId", formatted));

    assertEquals(409, again.statusCode(), again.body());
    assertEquals(first, Http.json(again).getJsonNumber("duplicateOf").longValue());
    assertTrue(
        again
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
  }

  @Test
  void shouldFindPeopleWithoutAccentsOrCase() {
    String marker = "Hospital " + unique();
    register(person("José", "Pérez Zúñiga").add("institution", marker));

    HttpResponse<String> found =
        http.get(
            "api/v1/people?q=" + encode("jose PEREZ zuniga " + marker), "Authorization", trainer);

    assertEquals(200, found.statusCode(), found.body());
    JsonObject page = Http.json(found);
    assertEquals(1, page.getInt("total"));
    assertEquals("José", page.getJsonArray("items").getJsonObject(0).getString("givenNames"));
  }

  @Test
  void shouldExplainUnknownCodesAndInvalidFieldsPerField() {
    HttpResponse<String> unknownSector =
        register(person("Luis", "Mamani").add("sector", "astronauts"), "es");
    HttpResponse<String> invalid =
        http.postJson(
            "api/v1/people",
            "{\"givenNames\":\"\",\"familyNames\":\"Quispe\",\"sex\":\"Q\",\"email\":\"not-an-address\"}",
            "Authorization",
            trainer);

    assertEquals(422, unknownSector.statusCode(), unknownSector.body());
    JsonObject error = Http.json(unknownSector).getJsonArray("errors").getJsonObject(0);
    assertEquals("sector", error.getString("field"));
    assertEquals("No existe un sector con el código astronauts.", error.getString("message"));
    assertEquals(400, invalid.statusCode(), invalid.body());
    assertTrue(Http.json(invalid).getJsonArray("errors").size() >= 6, invalid.body());
  }

  @Test
  void shouldShowAPersonToTrainersButNotToAnotherLearner() {
    long id = Http.json(register(person("Rosa", "Choque"))).getJsonNumber("id").longValue();

    HttpResponse<String> asTrainer = http.get("api/v1/people/" + id, "Authorization", trainer);
    HttpResponse<String> asLearner =
        http.get("api/v1/people/" + id, "Authorization", "Bearer " + api.demoToken("learner"));
    HttpResponse<String> missing = http.get("api/v1/people/999999999", "Authorization", trainer);

    assertEquals(200, asTrainer.statusCode());
    assertEquals(404, asLearner.statusCode(), "no existence leak");
    assertEquals(404, missing.statusCode());
  }

  @Test
  void shouldShowLearnersTheirOwnRecordOnceLinkedToTheirAccount() {
    long id = id(register(person("Julia", "Ayala")));
    String username = "julia-" + unique();
    String account =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", Api.PASSWORD)
            .add("email", username + "@example.org")
            .add("roles", Json.createArrayBuilder().add("LEARNER"))
            .add("personId", id)
            .build()
            .toString();
    String admin = "Bearer " + api.demoToken("admin");

    assertEquals(
        201, http.postJson("api/v1/accounts", account, "Authorization", admin).statusCode());
    String own = "Bearer " + api.tokenOf(username, Api.PASSWORD);
    assertEquals(200, http.get("api/v1/people/" + id, "Authorization", own).statusCode());
    assertEquals(
        409,
        http.postJson(
                "api/v1/accounts",
                account.replace(username, username + "x"),
                "Authorization",
                admin)
            .statusCode(),
        "one account per person");
  }

  @Test
  void shouldKeepTheRegistryFromLearnersAndAdministrators() {
    String body = person("Eva", "Gómez").build().toString();

    assertEquals(403, postAs("learner", body).statusCode());
    assertEquals(403, postAs("admin", body).statusCode());
    assertEquals(401, http.get("api/v1/people?q=x").statusCode());
    assertEquals(
        403,
        http.get("api/v1/people?q=x", "Authorization", "Bearer " + api.demoToken("learner"))
            .statusCode());
  }

  @Test
  void shouldRefusePagesOfMoreThan500() {
    HttpResponse<String> tooBig = http.get("api/v1/people?size=501", "Authorization", trainer);

    assertEquals(400, tooBig.statusCode(), tooBig.body());
    assertEquals(
        "size", Http.json(tooBig).getJsonArray("errors").getJsonObject(0).getString("field"));
  }

  @Test
  void shouldListSectorsInTheRequestLanguage() {
    HttpResponse<String> sectors =
        http.get(
            "api/v1/sectors",
            "Authorization",
            "Bearer " + api.demoToken("learner"),
            "Accept-Language",
            "es");

    assertEquals(200, sectors.statusCode());
    assertTrue(sectors.body().contains("{\"code\":\"health\",\"name\":\"Salud\"}"), sectors.body());
    assertTrue(sectors.body().contains("\"law_enforcement\""));
  }

  @Test
  void shouldQueueALikelyDuplicateAndLetALeadMergeAndUndoIt() {
    String institution = "CESFAM " + unique();
    long first =
        id(register(person("Fernanda Isabel", "Quiroga Salinas").add("institution", institution)));
    long second =
        id(
            register(
                person("Fernanda", "Quiroga").add("institution", institution).add("email", "")));
    String lead = "Bearer " + api.demoToken("lead");

    JsonObject queue =
        Http.json(
            http.get("api/v1/people/duplicates?minScore=0.85&size=500", "Authorization", lead));
    assertTrue(
        queue.getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .anyMatch(
                p ->
                    p.getJsonNumber("a").longValue() == first
                        && p.getJsonNumber("b").longValue() == second),
        queue.toString());

    HttpResponse<String> merged =
        http.postJson(
            "api/v1/people/" + first + "/merge",
            "{\"duplicateId\":" + second + "}",
            "Authorization",
            lead);
    assertEquals(200, merged.statusCode(), merged.body());
    assertEquals(first, id(merged));
    assertEquals(
        first,
        Http.json(http.get("api/v1/people/" + second, "Authorization", lead))
            .getJsonNumber("mergedInto")
            .longValue());
    assertEquals(
        0,
        Http.json(http.get("api/v1/people?q=" + encode(institution), "Authorization", lead))
                .getInt("total")
            - 1);

    String mergeLocation = merged.headers().firstValue("Location").orElseThrow();
    String undoPath =
        "api/v1/people/merges/"
            + mergeLocation.substring(mergeLocation.lastIndexOf('/') + 1)
            + "/undo";
    assertEquals(204, http.postJson(undoPath, "", "Authorization", lead).statusCode());
    assertEquals(
        2,
        Http.json(http.get("api/v1/people?q=" + encode(institution), "Authorization", lead))
            .getInt("total"));
    assertEquals(
        422, http.postJson(undoPath, "", "Authorization", lead).statusCode(), "undone once");
    assertEquals(403, http.get("api/v1/people/duplicates", "Authorization", trainer).statusCode());
  }

  private static long id(HttpResponse<String> response) {
    return Http.json(response).getJsonNumber("id").longValue();
  }

  private HttpResponse<String> register(JsonObjectBuilder person) {
    return register(person, "en");
  }

  private HttpResponse<String> register(JsonObjectBuilder person, String language) {
    return http.postJson(
        "api/v1/people",
        person.build().toString(),
        "Authorization",
        trainer,
        "Accept-Language",
        language);
  }

  private HttpResponse<String> postAs(String demoAccount, String body) {
    return http.postJson(
        "api/v1/people", body, "Authorization", "Bearer " + api.demoToken(demoAccount));
  }

  private static JsonObjectBuilder person(String givenNames, String familyNames) {
    return Json.createObjectBuilder()
        .add("givenNames", givenNames)
        .add("familyNames", familyNames)
        .add("sex", "F")
        .add("email", "oirs@hospital-antofagasta.example.cl")
        .add("institution", "Hospital Regional de Antofagasta")
        .add("sector", "health")
        .add("workCity", "Antofagasta")
        .add("workCountry", "CL");
  }

  private static String unique() {
    return Long.toString(
        Math.abs(UUID.randomUUID().getMostSignificantBits()) % 90_000_000L + 10_000_000L);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
