package org.capacita.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Candidates per person stay few however common the surnames (issue 14): a class list of 1,000
 * people who share their two family names (numbered given names, one institution, as issue 10
 * described) and 20 of them typed again with a typo in the first family name. Once the background
 * screening is done, the pairs among those people are counted with {@code POST
 * /api/v1/people/duplicates/among}: a handful per person at most, not one for every two of them,
 * and every retyped record meets its original although the typo puts it in another family block.
 */
@RunAsClient
class ScreeningBoundsIT extends RunningApplication {

  private static final int PERSONS = 1_000;
  private static final int RETYPED = 20;
  private static final int MAX_PAIRS_PER_PERSON = 3;
  private static final Duration SCREENING_TIMEOUT = Duration.ofMinutes(10);

  @ArquillianResource private URL base;

  private Http http;
  private String trainer;

  @Test
  void shouldQueueAFewPairsPerPersonAmongAThousandNamesakesAndFindEveryRetypedRecord() {
    Api api = new Api(base);
    http = api.http();
    trainer = "Bearer " + api.demoToken("trainer");
    String tag = "B" + UUID.randomUUID().toString().substring(0, 6);
    StringBuilder csv = new StringBuilder(PeopleCsv.HEADER).append("\r\n");
    for (int i = 1; i <= PERSONS; i++) {
      csv.append(row("Camila " + i, "González Rojas", tag));
    }
    for (int i = 1; i <= RETYPED; i++) {
      csv.append(row("Camila " + (i * 37), "Gonzále Rojas", tag));
    }
    HttpResponse<String> imported =
        http.send(
            http.request("api/v1/people/import")
                .timeout(Duration.ofMinutes(2))
                .header("Content-Type", "text/csv")
                .header("Authorization", trainer)
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)));
    assertEquals(200, imported.statusCode(), imported.body());
    assertEquals(PERSONS + RETYPED, Http.json(imported).getInt("created"), imported.body());
    long started = System.nanoTime();
    awaitIdleScreening();
    double seconds = (System.nanoTime() - started) / 1e9;

    List<Long> ids = idsOf("camila " + tag);
    JsonObject all = among(ids);
    System.out.printf(
        Locale.ROOT,
        "Screening of %d namesakes: %.1f s, %d pairs among them (%d persons in one)%n",
        ids.size(),
        seconds,
        all.getInt("pairs"),
        all.getInt("persons"));
    assertEquals(PERSONS + RETYPED, ids.size());
    assertTrue(
        all.getInt("pairs") <= MAX_PAIRS_PER_PERSON * ids.size(),
        all.getInt("pairs") + " pairs among " + ids.size() + " persons");
    assertTrue(all.getInt("pairs") >= RETYPED, "each retyped record meets its original: " + all);
    assertTrue(all.getInt("persons") >= 2 * RETYPED, all.toString());
  }

  private static String row(String given, String family, String tag) {
    return given + "," + family + ",F,,,,Hospital Regional " + tag + ",health,,Antofagasta,CL\r\n";
  }

  private List<Long> idsOf(String query) {
    List<Long> ids = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject found =
          Http.json(
              http.get(
                  "api/v1/people?size=500&page="
                      + page
                      + "&q="
                      + URLEncoder.encode(query, StandardCharsets.UTF_8),
                  "Authorization",
                  trainer));
      List<JsonObject> items = found.getJsonArray("items").getValuesAs(JsonObject.class);
      items.forEach(p -> ids.add(p.getJsonNumber("id").longValue()));
      if (items.size() < 500) {
        return ids;
      }
    }
  }

  private JsonObject among(List<Long> ids) {
    var list = Json.createArrayBuilder();
    ids.forEach(list::add);
    HttpResponse<String> answer =
        http.postJson(
            "api/v1/people/duplicates/among",
            Json.createObjectBuilder().add("personIds", list).build().toString(),
            "Authorization",
            trainer);
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.json(answer);
  }

  private void awaitIdleScreening() {
    long deadline = System.nanoTime() + SCREENING_TIMEOUT.toNanos();
    while (true) {
      HttpResponse<String> status =
          http.get("api/v1/people/duplicates/screening", "Authorization", trainer);
      if (Http.json(status).getJsonNumber("waiting").longValue() == 0) {
        return;
      }
      assertTrue(System.nanoTime() < deadline, "the screening did not finish");
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
