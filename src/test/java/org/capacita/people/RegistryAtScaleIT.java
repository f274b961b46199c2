package org.capacita.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The registry at scale (issue 14): the people search through its index of words, the reasons of
 * each pair in {@code GET /api/v1/people/duplicates}, and the count of possible duplicates among a
 * report's people ({@code POST /api/v1/people/duplicates/among}).
 */
@RunAsClient
class RegistryAtScaleIT extends RunningApplication {

  @ArquillianResource private URL base;

  private Api api;
  private Http http;
  private String trainer;
  private String lead;
  private String tag;

  @BeforeEach
  void connect() {
    api = new Api(base);
    http = api.http();
    trainer = "Bearer " + api.demoToken("trainer");
    lead = "Bearer " + api.demoToken("lead");
    tag = "Q" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
  }

  @Test
  void shouldFindEveryWordByItsBeginningWithoutAccentsOrCase() {
    String id = digits();
    long person =
        id(
            register(
                person("Ximena", "Núñez Bórquez")
                    .add("institution", "Fiscalía " + tag)
                    .add("email", "xnunez." + tag.toLowerCase() + "@fiscalia.example.cl")
                    .add(
                        "nationalId",
                        id.substring(0, 2)
                            + "."
                            + id.substring(2, 5)
                            + "."
                            + id.substring(5)
                            + "-K")));

    assertEquals(Set.of(person), search("xime NUNEZ borq " + tag));
    assertEquals(Set.of(person), search("fiscalia " + tag.toLowerCase()));
    assertEquals(Set.of(person), search("xnunez." + tag));
    assertEquals(
        Set.of(person),
        search(id.substring(0, 2) + "." + id.substring(2, 5) + "." + id.substring(5) + "-k"));
    assertEquals(Set.of(person), search(id.substring(0, 5)));
    assertEquals(Set.of(), search("ximena " + tag + " zzzz"));
    assertEquals(Set.of(), search("imena " + tag), "a word is found by its beginning");
  }

  @Test
  void shouldPageASearchByFoldedFamilyNamesWithTheTotalOnEveryPage() {
    long zuniga = id(register(person("Ana", "Zúñiga " + tag)));
    long alvarez = id(register(person("Ana", "Álvarez " + tag)));
    long mendez = id(register(person("Ana María", "Méndez " + tag)));

    JsonObject first = page("ANA " + tag.toLowerCase(), 0);
    JsonObject second = page("ANA " + tag.toLowerCase(), 1);
    JsonObject past = page("ANA " + tag.toLowerCase(), 2);

    assertEquals(java.util.List.of(alvarez, mendez), ids(first));
    assertEquals(java.util.List.of(zuniga), ids(second));
    assertEquals(java.util.List.of(), ids(past));
    assertEquals(3, first.getInt("total"));
    assertEquals(3, second.getInt("total"));
    assertEquals(3, past.getInt("total"), "the total stays right past the last page");
    assertEquals(java.util.List.of(mendez), ids(page("mari " + tag + " an", 0)));
  }

  private JsonObject page(String query, int page) {
    HttpResponse<String> found =
        http.get(
            "api/v1/people?size=2&page="
                + page
                + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8),
            "Authorization",
            trainer);
    assertEquals(200, found.statusCode(), found.body());
    return Http.json(found);
  }

  private static java.util.List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(p -> p.getJsonNumber("id").longValue())
        .toList();
  }

  @Test
  void shouldFindImportedPeopleByTheirWords() {
    String csv =
        PeopleCsv.HEADER
            + "\r\nRosa Elena,Quispe Mamani "
            + tag
            + ",F,,,,Red de Salud "
            + tag
            + ",health,,Puno,PE\r\nEdwin,Condori "
            + tag
            + ",M,,,,Red de Salud "
            + tag
            + ",health,,Puno,PE\r\n";
    HttpResponse<String> imported =
        http.send(
            http.request("api/v1/people/import")
                .header("Content-Type", "text/csv")
                .header("Authorization", trainer)
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString(
                        csv, StandardCharsets.UTF_8)));
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(2, Http.json(imported).getInt("created"), imported.body());

    assertEquals(2, search("red salud " + tag).size());
    assertEquals(1, search("rosa quis " + tag).size());
  }

  @Test
  void shouldSayWhyAPairWasSuggestedAndCountItAmongAReportsPeople() {
    String institution = "CESFAM " + tag;
    long first =
        id(
            register(
                person("Ximena", "Morales Gómez")
                    .add("institution", institution)
                    .add("email", tag.toLowerCase() + "@cesfam.example.cl")));
    long second =
        id(
            register(
                person("XIMENA", "Morales de Rivera")
                    .add("institution", institution)
                    .add("email", tag.toLowerCase() + "@cesfam.example.cl")));
    long other = id(register(person("Rosa", "Zúñiga " + tag).add("institution", institution)));

    JsonObject pair = pairOf(first, second);
    JsonArray reasons = pair.getJsonArray("reasons");
    assertEquals("SAME", agreement(reasons, "givenNames"), reasons.toString());
    assertEquals("SIMILAR", agreement(reasons, "familyNames"), reasons.toString());
    assertEquals("SAME", agreement(reasons, "email"), reasons.toString());
    assertEquals("SAME", agreement(reasons, "institution"), reasons.toString());

    JsonObject both = among(trainer, first, second, other);
    assertEquals(1, both.getInt("pairs"), both.toString());
    assertEquals(2, both.getInt("persons"), both.toString());
    assertTrue(both.containsKey("screeningWaiting"), both.toString());
    assertEquals(0, among(lead, first, other).getInt("pairs"));
  }

  @Test
  void shouldKeepTheCountFromLearnersAndRefuseAMissingList() {
    HttpResponse<String> learner =
        http.postJson(
            "api/v1/people/duplicates/among",
            "{\"personIds\":[1]}",
            "Authorization",
            "Bearer " + api.demoToken("learner"));
    HttpResponse<String> missing =
        http.postJson("api/v1/people/duplicates/among", "{}", "Authorization", trainer);

    assertEquals(403, learner.statusCode(), learner.body());
    assertEquals(400, missing.statusCode(), missing.body());
    assertEquals(401, http.postJson("api/v1/people/duplicates/among", "{}").statusCode());
  }

  private JsonObject pairOf(long a, long b) {
    JsonObject queue =
        Http.json(http.get("api/v1/people/duplicates?size=500", "Authorization", lead));
    return queue.getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getJsonNumber("a").longValue() == a && p.getJsonNumber("b").longValue() == b)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no pair " + a + ", " + b + " in " + queue));
  }

  private static String agreement(JsonArray reasons, String field) {
    return reasons.getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("field").equals(field))
        .map(r -> r.getString("agreement"))
        .findFirst()
        .orElse("none");
  }

  private JsonObject among(String who, long... ids) {
    var list = Json.createArrayBuilder();
    for (long id : ids) {
      list.add(id);
    }
    String body = Json.createObjectBuilder().add("personIds", list).build().toString();
    HttpResponse<String> answer =
        http.postJson("api/v1/people/duplicates/among", body, "Authorization", who);
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.json(answer);
  }

  private Set<Long> search(String query) {
    HttpResponse<String> found =
        http.get(
            "api/v1/people?size=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
            "Authorization",
            trainer);
    assertEquals(200, found.statusCode(), found.body());
    JsonObject page = Http.json(found);
    Set<Long> ids =
        page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getJsonNumber("id").longValue())
            .collect(Collectors.toSet());
    assertEquals(ids.size(), page.getInt("total"), page.toString());
    return ids;
  }

  private HttpResponse<String> register(JsonObjectBuilder person) {
    HttpResponse<String> created =
        http.postJson("api/v1/people", person.build().toString(), "Authorization", trainer);
    assertEquals(201, created.statusCode(), created.body());
    return created;
  }

  private static long id(HttpResponse<String> response) {
    return Http.json(response).getJsonNumber("id").longValue();
  }

  private static JsonObjectBuilder person(String givenNames, String familyNames) {
    return Json.createObjectBuilder()
        .add("givenNames", givenNames)
        .add("familyNames", familyNames)
        .add("sex", "F")
        .add("institution", "Hospital Regional de Antofagasta")
        .add("sector", "health")
        .add("workCity", "Antofagasta")
        .add("workCountry", "CL");
  }

  private static String digits() {
    return Long.toString(
        Math.abs(UUID.randomUUID().getMostSignificantBits()) % 90_000_000L + 10_000_000L);
  }
}
