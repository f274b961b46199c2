package org.capacita.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo programme as a lead sees it through the API: the health workshops of 17 April to 30 May,
 * closed, with 171 and 143 completions by module and fewer people than participations; the Formosa
 * and Lima meetings with more than 80 and 150 completions; and the demo trainer, who trains none of
 * them, is refused their completions.
 */
@RunAsClient
class DemoProgrammeApiIT extends RunningApplication {

  @ArquillianResource private URL base;

  private final DemoProgramme programme = DemoProgramme.of(LocalDate.now());
  private Http http;
  private String lead;

  /** The programme is stored in the background after start-up: waits for its last meeting. */
  @BeforeEach
  void connect() throws InterruptedException {
    Api api = new Api(base);
    http = api.http();
    lead = "Bearer " + api.demoToken("lead");
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (workshops("city=Lima&country=PE", programme.limaProject()).isEmpty()
        && System.nanoTime() < deadline) {
      Thread.sleep(1000);
    }
  }

  @Test
  void shouldShow171And143CompletionsInTheAprilToMayHealthWorkshops() {
    Set<Long> people = new HashSet<>();
    assertEquals(171, completed(healthWorkshops(DemoProgramme.MIGRATION_MODULE), people));
    assertEquals(143, completed(healthWorkshops(DemoProgramme.TRAFFICKING_MODULE), people));
    assertTrue(people.size() < 314, people.size() + " people");
  }

  @Test
  void shouldReport314ParticipationsOfFewerPeopleInTheHealthProgramme() {
    HttpResponse<String> report =
        http.get(
            "api/v1/reports/trained?from="
                + LocalDate.of(programme.year(), 4, 17)
                + "&to="
                + LocalDate.of(programme.year(), 5, 30)
                + "&by=module&project="
                + java.net.URLEncoder.encode(
                    programme.healthProject(), java.nio.charset.StandardCharsets.UTF_8),
            "Authorization",
            lead);
    assertEquals(200, report.statusCode(), report.body());
    JsonObject answer = Http.json(report);
    java.util.Map<String, Integer> byModule = new java.util.HashMap<>();
    for (JsonObject row : answer.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      byModule.put(row.getString("module"), row.getInt("participations"));
    }
    assertEquals(171, byModule.get(DemoProgramme.MIGRATION_MODULE), answer.toString());
    assertEquals(143, byModule.get(DemoProgramme.TRAFFICKING_MODULE), answer.toString());
    JsonObject totals = answer.getJsonObject("totals");
    assertEquals(314, totals.getInt("participations"));
    assertTrue(totals.getInt("people") < 314, "people trained twice count once: " + totals);
  }

  @Test
  void shouldShowTheFormosaAndLimaMeetings() {
    List<JsonObject> formosa = workshops("city=Formosa&country=AR", programme.formosaProject());
    assertEquals(1, formosa.size());
    assertEquals(2, formosa.get(0).getJsonArray("sessions").size());
    assertTrue(completed(formosa, new HashSet<>()) > 80);
    List<JsonObject> lima = workshops("city=Lima&country=PE", programme.limaProject());
    assertEquals(1, lima.size());
    assertTrue(completed(lima, new HashSet<>()) > 150);
  }

  @Test
  void shouldRefuseTheCompletionsToATrainerWhoDoesNotTrainTheWorkshop() {
    String trainer = "Bearer " + new Api(base).demoToken("trainer");
    long id =
        healthWorkshops(DemoProgramme.MIGRATION_MODULE).get(0).getJsonNumber("id").longValue();
    HttpResponse<String> refused =
        http.get("api/v1/workshops/" + id + "/completions", "Authorization", trainer);
    assertEquals(404, refused.statusCode(), refused.body());
  }

  private List<JsonObject> healthWorkshops(String module) {
    List<JsonObject> found =
        workshops(
            "from="
                + LocalDate.of(programme.year(), 4, 17)
                + "&to="
                + LocalDate.of(programme.year(), 5, 30)
                + "&moduleCode="
                + module,
            programme.healthProject());
    assertEquals(5, found.size(), module);
    for (JsonObject w : found) {
      assertEquals("CLOSED", w.getString("status"));
      assertTrue(Set.of("Antofagasta", "Santiago").contains(w.getString("city")), w.toString());
    }
    return found;
  }

  /** The workshops of {@code project} among those the query lists (the year's, if no dates). */
  private List<JsonObject> workshops(String query, String project) {
    String dates =
        query.contains("from=")
            ? ""
            : "&from=" + programme.year() + "-01-01&to=" + programme.year() + "-12-31";
    HttpResponse<String> listed =
        http.get("api/v1/workshops?size=500&" + query + dates, "Authorization", lead);
    assertEquals(200, listed.statusCode(), listed.body());
    return Http.json(listed).getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(w -> project.equals(w.getString("project", null)))
        .toList();
  }

  /** How many completed the workshops; adds who did to {@code people}. */
  private int completed(List<JsonObject> workshops, Set<Long> people) {
    int completed = 0;
    for (JsonObject w : workshops) {
      HttpResponse<String> outcomes =
          http.get(
              "api/v1/workshops/" + w.getJsonNumber("id") + "/completions", "Authorization", lead);
      assertEquals(200, outcomes.statusCode(), outcomes.body());
      for (JsonObject o : Http.jsonArray(outcomes).getValuesAs(JsonObject.class)) {
        if (o.getBoolean("completed")) {
          completed++;
          people.add(o.getJsonNumber("personId").longValue());
        }
      }
    }
    return completed;
  }
}
