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
import java.util.function.Function;
import java.util.function.Supplier;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * A background job never stops the foreground: while the duplicate screening compares a typed class
 * list of 1,000 namesakes (the same two family names, numbered given names, one institution) with
 * the registry, sign-ins, scheduling and enrolments answer at normal speed, and the screening
 * queues at most a few candidates per person instead of a pair for every two of them.
 */
@RunAsClient
@Isolated("it measures sign-in and enrolment times while the screening runs: nothing else may run")
class ScreeningUnderLoadIT extends RunningApplication {

  private static final int PERSONS = 1_000;
  private static final int REQUESTS = 30;
  private static final int BASELINE_ROUNDS = 10;
  private static final int MIN_ROUNDS_DURING_SCREENING = 10;
  private static final long P95_LIMIT_MS = 250;

  private static final int MAX_PAIRS_PER_PERSON = 5;
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration SCREENING_TIMEOUT = Duration.ofMinutes(10);

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
    String workshop = Http.json(schedule(tag)).getJsonNumber("id").toString();
    awaitIdleScreening();
    List<Round> baseline = rounds(workshop, registered(tag, BASELINE_ROUNDS));
    long pairsBefore = pendingPairs();

    JsonObject imported = Http.json(importClassList(tag));
    long importedAt = System.nanoTime();
    assertEquals(PERSONS, imported.getInt("created"), imported.toString());
    assertTrue(waiting() > 0, "the screening must still be running when the load starts");
    Timed scheduling = timed(() -> schedule(tag));
    List<Round> load = rounds(workshop, personsOf(tag));
    long screeningNanos = awaitIdleScreening() - importedAt;
    long pairs = pendingPairs() - pairsBefore;

    List<Round> during = load.stream().filter(Round::duringScreening).toList();
    Stats signIns = Stats.of(during, Round::signIn);
    Stats enrolments = Stats.of(during, Round::enrolment);
    Stats signInsBefore = Stats.of(baseline, Round::signIn);
    Stats enrolmentsBefore = Stats.of(baseline, Round::enrolment);
    System.out.printf(
        Locale.ROOT,
        "Screening of %d namesakes: %.1f s, %d pairs queued. During it (%d of %d rounds):"
            + " scheduling %d ms, sign-ins %s, enrolments %s. Before the import: sign-ins %s,"
            + " enrolments %s%n",
        PERSONS,
        screeningNanos / 1e9,
        pairs,
        during.size(),
        REQUESTS,
        scheduling.millis(),
        signIns,
        enrolments,
        signInsBefore,
        enrolmentsBefore);
    assertEquals(201, scheduling.status(), "scheduling during the screening: " + scheduling);
    assertTrue(load.stream().allMatch(Round::succeeded), "failed during the screening: " + load);
    assertTrue(
        during.size() >= MIN_ROUNDS_DURING_SCREENING,
        "the load must meet the screening, only " + during.size() + " rounds did");
    assertTrue(
        signIns.p95() < P95_LIMIT_MS,
        "sign-in p95 " + signIns + ", before the import " + signInsBefore);
    assertTrue(
        enrolments.p95() < P95_LIMIT_MS,
        "enrolment p95 " + enrolments + ", before the import " + enrolmentsBefore);
    assertTrue(
        pairs <= (long) MAX_PAIRS_PER_PERSON * PERSONS,
        pairs + " candidate pairs for " + PERSONS + " imported persons");
  }

  /** One sign-in and one enrolment per person, noting whether the screening was still running. */
  private List<Round> rounds(String workshop, List<Long> persons) {
    List<Round> rounds = new ArrayList<>();
    for (long person : persons) {
      boolean running = waiting() > 0;
      rounds.add(new Round(running, timed(this::signIn), timed(() -> enrol(workshop, person))));
    }
    return rounds;
  }

  private List<Long> registered(String tag, int count) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String person =
          Json.createObjectBuilder()
              .add("givenNames", "Paula")
              .add("familyNames", "Baseline " + tag + " " + i)
              .add("sex", "F")
              .add("institution", "Hospital Regional " + tag)
              .add("sector", "health")
              .add("workCity", "Antofagasta")
              .add("workCountry", "CL")
              .build()
              .toString();
      HttpResponse<String> created = post("api/v1/people", person, trainer);
      assertEquals(201, created.statusCode(), created.body());
      ids.add(Http.json(created).getJsonNumber("id").longValue());
    }
    return ids;
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
            .add("capacity", REQUESTS + BASELINE_ROUNDS + 10)
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
            http.get(
                "api/v1/people?size=" + REQUESTS + "&q=Camila%20" + tag, "Authorization", trainer));
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

  /** A sign-in and an enrolment, and whether the screening was running when they were sent. */
  private record Round(boolean duringScreening, Timed signIn, Timed enrolment) {

    boolean succeeded() {
      return signIn.status() == 201 && enrolment.status() == 201;
    }
  }

  /** Latencies of one kind of request. */
  private record Stats(long p95, long max, int count) {

    static Stats of(List<Round> rounds, Function<Round, Timed> kind) {
      List<Long> sorted = rounds.stream().map(kind).map(Timed::millis).sorted().toList();
      if (sorted.isEmpty()) {
        return new Stats(0, 0, 0);
      }
      int at = (int) Math.ceil(sorted.size() * 0.95) - 1;
      return new Stats(sorted.get(at), sorted.get(sorted.size() - 1), sorted.size());
    }

    @Override
    public String toString() {
      return "p95 " + p95 + " ms, max " + max + " ms (" + count + ")";
    }
  }
}
