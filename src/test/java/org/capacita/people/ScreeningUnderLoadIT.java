package org.capacita.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.capacita.support.Api;
import org.capacita.support.Deployments;
import org.capacita.support.Http;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A background job never stops the foreground: while the duplicate screening compares a typed class
 * list of 1,000 namesakes (the same two family names, numbered given names, one institution) with
 * the registry, sign-ins, scheduling and enrolments answer at normal speed, and the screening
 * queues at most a few candidates per person instead of a pair for every two of them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreeningUnderLoadIT {

  private static final int PERSONS = 1_000;
  private static final int REQUESTS = 30;
  private static final long P95_LIMIT_MS = 250;
  private static final int MAX_PAIRS_PER_PERSON = 5;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration SCREENING_TIMEOUT = Duration.ofMinutes(10);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource private URL base;

  private Api api;
  private Http http;
  private String trainer;
  private String lead;

  @Test
  void shouldSignInScheduleAndEnrolAtNormalSpeedWhileAThousandNamesakesAreScreened() {
    api = new Api(base);
    http = api.http();
    trainer = "Bearer " + api.demoToken("trainer");
    lead = "Bearer " + api.demoToken("lead");
    String tag = "S" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> first = schedule(tag);
    assertEquals(201, first.statusCode(), first.body());
    String workshop = Http.json(first).getJsonNumber("id").toString();
    awaitIdleScreening();
    long pairsBefore = pendingPairs();

    JsonObject imported = Http.json(importClassList(tag));
    long importedAt = System.nanoTime();
    assertEquals(PERSONS, imported.getInt("created"), imported.toString());
    assertTrue(waiting() > 0, "the screening must still be running when the load starts");

    Timed scheduling = timed(() -> schedule(tag));
    List<Long> persons = personsOf(tag);
    List<Timed> signIns = new ArrayList<>();
    List<Timed> enrolments = new ArrayList<>();
    int duringScreening = 0;
    for (int i = 0; i < REQUESTS; i++) {
      if (waiting() > 0) {
        duringScreening++;
      }
      signIns.add(timed(this::signIn));
      long person = persons.get(i);
      enrolments.add(timed(() -> enrol(workshop, person)));
    }
    long screeningMs = awaitIdleScreening() - importedAt;
    long pairs = pendingPairs() - pairsBefore;

    System.out.printf(
        Locale.ROOT,
        "Screening of %d namesakes took %.1f s and queued %d pairs; during it (%d of %d rounds):"
            + " scheduling %d ms; sign-ins p95 %d ms, max %d ms, %d failed;"
            + " enrolments p95 %d ms, max %d ms, %d failed%n",
        PERSONS,
        screeningMs / 1e9,
        pairs,
        duringScreening,
        REQUESTS,
        scheduling.millis(),
        p95(signIns),
        max(signIns),
        failed(signIns, 201),
        p95(enrolments),
        max(enrolments),
        failed(enrolments, 201));
    assertEquals(201, scheduling.status(), "scheduling during the screening: " + scheduling);
    assertEquals(0, failed(signIns, 201), "failed sign-ins: " + signIns);
    assertEquals(0, failed(enrolments, 201), "failed enrolments: " + enrolments);
    assertTrue(p95(signIns) < P95_LIMIT_MS, "sign-in p95 " + p95(signIns) + " ms");
    assertTrue(p95(enrolments) < P95_LIMIT_MS, "enrolment p95 " + p95(enrolments) + " ms");
    assertTrue(
        duringScreening >= REQUESTS / 2,
        "most of the load must meet the screening, only " + duringScreening + " rounds did");
    assertTrue(
        pairs <= (long) MAX_PAIRS_PER_PERSON * PERSONS,
        pairs + " candidate pairs for " + PERSONS + " imported persons");
  }

  /** The class list: "Camila 1" to "Camila 1000", all "González Rojas", all in one hospital. */
  private HttpResponse<String> importClassList(String tag) {
    StringBuilder csv = new StringBuilder(PeopleCsv.HEADER).append("\r\n");
    for (int i = 1; i <= PERSONS; i++) {
      csv.append("Camila ")
          .append(i)
          .append(",González Rojas,F,,,,Hospital Regional ")
          .append(tag)
          .append(",health,,Antofagasta,CL\r\n");
    }
    return http.send(
        http.request("api/v1/people/import")
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "text/csv")
            .header("Authorization", trainer)
            .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> schedule(String tag) {
    String day = LocalDate.now().plusDays(40).toString();
    String workshop =
        Json.createObjectBuilder()
            .add("moduleCode", "TEST-ONLINE")
            .add("title", "Trafficking and health " + tag)
            .add("venue", "Hospital Regional, auditorium")
            .add("city", "Antofagasta")
            .add("country", "CL")
            .add("timeZone", "America/Santiago")
            .add("capacity", REQUESTS + 10)
            .add(
                "sessions",
                Json.createArrayBuilder()
                    .add(
                        Json.createObjectBuilder()
                            .add("date", day)
                            .add("start", "09:00")
                            .add("end", "13:00")))
            .build()
            .toString();
    return post("api/v1/workshops", workshop, trainer);
  }

  private HttpResponse<String> signIn() {
    String credentials =
        Json.createObjectBuilder()
            .add("username", "trainer")
            .add("password", TestSettings.demoPassword())
            .build()
            .toString();
    return post("api/v1/tokens", credentials, null);
  }

  private HttpResponse<String> enrol(String workshop, long person) {
    return post(
        "api/v1/workshops/" + workshop + "/enrollments", "{\"personId\":" + person + "}", trainer);
  }

  private HttpResponse<String> post(String path, String json, String authorization) {
    HttpRequest.Builder request =
        http.request(path)
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request);
  }

  private List<Long> personsOf(String tag) {
    JsonObject page =
        Http.json(
            http.get("api/v1/people?size=" + REQUESTS + "&q=" + tag, "Authorization", trainer));
    List<Long> ids =
        page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(person -> person.getJsonNumber("id").longValue())
            .toList();
    assertEquals(REQUESTS, ids.size(), page.toString());
    return ids;
  }

  private long waiting() {
    HttpResponse<String> status =
        http.get("api/v1/people/duplicates/screening", "Authorization", trainer);
    assertEquals(200, status.statusCode(), status.body());
    return Http.json(status).getJsonNumber("waiting").longValue();
  }

  /** Polls until no imported person waits for the screening; returns when that was seen. */
  private long awaitIdleScreening() {
    long deadline = System.nanoTime() + SCREENING_TIMEOUT.toNanos();
    while (waiting() > 0) {
      assertTrue(System.nanoTime() < deadline, "the screening did not finish");
      pause();
    }
    return System.nanoTime();
  }

  private long pendingPairs() {
    HttpResponse<String> page = http.get("api/v1/people/duplicates?size=1", "Authorization", lead);
    assertEquals(200, page.statusCode(), page.body());
    return Http.json(page).getJsonNumber("total").longValue();
  }

  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One request, its status (-1 when it did not answer in time) and how long it took. */
  private record Timed(int status, long millis, String failure) {

    @Override
    public String toString() {
      return status + " in " + millis + " ms" + (failure == null ? "" : " (" + failure + ")");
    }
  }

  private static Timed timed(Supplier<HttpResponse<String>> request) {
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = request.get();
      long millis = (System.nanoTime() - start) / 1_000_000;
      String failure = response.statusCode() >= 300 ? response.body() : null;
      return new Timed(response.statusCode(), millis, failure);
    } catch (UncheckedIOException e) {
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new Timed(-1, millis, e.getCause().toString());
    }
  }

  private static long p95(List<Timed> requests) {
    List<Long> sorted = requests.stream().map(Timed::millis).sorted().toList();
    return sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1);
  }

  private static long max(List<Timed> requests) {
    return requests.stream().mapToLong(Timed::millis).max().orElse(0);
  }

  private static long failed(List<Timed> requests, int expected) {
    return requests.stream().filter(request -> request.status() != expected).count();
  }
}
