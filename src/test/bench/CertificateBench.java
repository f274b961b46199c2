import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certificates benchmark (issue 13), run by certificates.sh against a running application with
 * demo data on MariaDB. Each cohort is a workshop of the demo trainer with that many new people
 * (roster import), all present at its one session yesterday and their
 * post-test passed on paper, closed through the API (with a
 * {@code Host} the application does not trust, so that the closing issues nothing by itself); then
 * its certificates are issued by a background run ({@code POST .../certificates/runs}, followed
 * until it is finished) and timed. Warm-up cohorts first, then the measured ones. Then the ZIP of
 * each archive size is streamed three times (timed) and once more with a full collection at a
 * quarter, half and three quarters of it, to read the live heap it adds from the GC log; then single PDF downloads, their
 * latency and size; one PDF is written for {@code pdfsig}.
 *
 * <p>Arguments: base URL, demo password, the application's pid, its GC log, the sample PDF's path,
 * warm-up cohort sizes (comma-separated), measured cohort sizes, archive sizes, downloads.
 */
public class CertificateBench {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern PERSON = Pattern.compile("\"personId\"\\s*:\\s*(\\d+)");
  private static final Pattern CODE = Pattern.compile("\"code\"\\s*:\\s*\"([0-9A-Z]+)\"");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern FULL_GC = Pattern.compile("Pause Full.* (\\d+)M->(\\d+)M\\(");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static String base;
  private static String trainer;

  public static void main(String[] args) throws Exception {
    base = args[0];
    trainer = token("trainer", args[1]);
    long pid = Long.parseLong(args[2]);
    Path gcLog = Path.of(args[3]);
    Path sample = Path.of(args[4]);
    List<Integer> warmUps = sizes(args[5]);
    List<Integer> measured = sizes(args[6]);
    List<Integer> archives = sizes(args[7]);
    int downloads = Integer.parseInt(args[8]);

    List<Cohort> cohorts = new ArrayList<>();
    for (int size : warmUps) {
      Cohort cohort = closedCohort(size);
      double rate = issue(cohort);
      System.out.printf("warm-up: %,d certificates at %,.0f/s%n", size, rate);
      cohorts.add(cohort);
    }
    for (int size : measured) {
      Cohort cohort = closedCohort(size);
      double rate = issue(cohort);
      System.out.printf(
          "issued by a background run: %,d certificates in %,d ms, %,.0f certificates/s"
              + " (server's run %,d ms: %,.0f/s)%n",
          size, cohort.millis, rate, cohort.serverMillis,
          size * 1000.0 / Math.max(1, cohort.serverMillis));
      cohorts.add(cohort);
    }
    for (int size : archives) {
      Cohort cohort =
          cohorts.stream().filter(c -> c.size == size).findFirst().orElse(null);
      if (cohort == null) {
        cohort = closedCohort(size);
        issue(cohort);
        cohorts.add(cohort);
      }
      archive(cohort, pid, gcLog);
    }
    Cohort largest = Collections.max(cohorts, (a, b) -> Integer.compare(a.size, b.size));
    downloads(largest, downloads, sample);
  }

  /** A closed workshop of {@code size} new people, all present. */
  private static Cohort closedCohort(int size) throws Exception {
    LocalDate yesterday = LocalDate.now().minusDays(1);
    String body =
        "{\"moduleCode\":\"TIP-HEALTH\",\"title\":\"Bench certificates " + size
            + "\",\"venue\":\"Hospital Regional\",\"city\":\"Antofagasta\",\"country\":\"CL\","
            + "\"timeZone\":\"America/Santiago\",\"capacity\":" + size
            + ",\"sessions\":[{\"date\":\"" + yesterday
            + "\",\"start\":\"09:00\",\"end\":\"17:00\"}]}";
    Matcher m = ID.matcher(call(json("/api/v1/workshops").POST(body(body)), 201));
    m.find();
    String workshop = m.group(1);
    StringBuilder csv =
        new StringBuilder(
            "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,"
                + "workCity,workCountry\n");
    String[] given = {"Ştefan", "María José", "João", "Valentina", "Ignacio", "Núñez"};
    for (int i = 0; i < size; i++) {
      csv.append(given[i % given.length]).append(",Ţărână-Müller Banco ").append(workshop)
          .append(' ').append(i)
          .append(",F,,,,Hospital Regional de Antofagasta,health,,Antofagasta,CL\n");
    }
    String imported =
        call(
            HttpRequest.newBuilder(
                    URI.create(base + "/api/v1/workshops/" + workshop + "/enrollments/import"))
                .header("Authorization", "Bearer " + trainer)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(body(csv.toString())),
            200);
    if (!imported.contains("\"stored\":true")) {
      throw new IllegalStateException("import refused: " + imported);
    }
    StringBuilder rows = new StringBuilder("[");
    StringBuilder scores = new StringBuilder("[");
    int people = 0;
    for (int page = 0; page * 500 < size; page++) {
      Matcher p =
          PERSON.matcher(
              call(json("/api/v1/workshops/" + workshop + "/enrollments?size=500&page=" + page)
                  .GET(), 200));
      while (p.find()) {
        String comma = people++ > 0 ? "," : "";
        rows.append(comma)
            .append("{\"personId\":").append(p.group(1)).append(",\"status\":\"PRESENT\"}");
        scores.append(comma)
            .append("{\"personId\":").append(p.group(1)).append(",\"pre\":40,\"post\":90}");
      }
    }
    rows.append(']');
    scores.append(']');
    if (people != size) {
      throw new IllegalStateException(people + " enrolled of " + size);
    }
    call(json("/api/v1/workshops/" + workshop + "/sessions/1/attendance").PUT(body(rows.toString())),
        200);
    call(json("/api/v1/workshops/" + workshop + "/scores").PUT(body(scores.toString())), 200);
    // With an untrusted Host (curl: Java's client will not send its own), the closing finds no
    // address for verification links and issues nothing by itself; the background run does.
    Process closing =
        new ProcessBuilder(
                "curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST",
                "-H", "Authorization: Bearer " + trainer, "-H", "Host: bench.invalid",
                base + "/api/v1/workshops/" + workshop + "/closure")
            .redirectErrorStream(true)
            .start();
    String closed = new String(closing.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (closing.waitFor() != 0 || !closed.equals("200")) {
      throw new IllegalStateException("closure answered " + closed);
    }
    return new Cohort(workshop, size);
  }

  /** Issues the cohort's certificates by a background run; returns certificates per second. */
  private static double issue(Cohort cohort) throws Exception {
    long start = System.nanoTime();
    String started =
        call(json("/api/v1/workshops/" + cohort.workshop + "/certificates/runs").POST(body("")),
            202);
    Matcher m = ID.matcher(started);
    m.find();
    String run = m.group(1);
    String state = started;
    while (state.contains("\"RUNNING\"")) {
      Thread.sleep(50);
      state = call(json("/api/v1/workshops/" + cohort.workshop + "/certificates/runs/" + run)
          .GET(), 200);
    }
    cohort.millis = (System.nanoTime() - start) / 1_000_000;
    cohort.serverMillis =
        Duration.between(instant(state, "startedAt"), instant(state, "finishedAt")).toMillis();
    Matcher c =
        CODE.matcher(call(json("/api/v1/workshops/" + cohort.workshop + "/certificates").GET(),
            200));
    while (c.find()) {
      cohort.codes.add(c.group(1));
    }
    if (cohort.codes.size() != cohort.size || !state.contains("\"issued\":" + cohort.size + ",")) {
      throw new IllegalStateException(
          "run issued not all: " + state + "; " + cohort.codes.size() + " listed");
    }
    return cohort.size * 1000.0 / cohort.millis;
  }

  private static Instant instant(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + field + " in " + json);
    }
    return Instant.parse(m.group(1));
  }

  private static void archive(Cohort cohort, long pid, Path gcLog) throws Exception {
    List<Long> millis = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      bytes = zip(cohort);
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    Collections.sort(millis);
    jcmd(pid);
    List<Integer> before = afterFullGc(gcLog);
    int baseline = before.get(before.size() - 1);
    long start = System.nanoTime();
    zip(cohort, bytes, pid);
    long slowed = (System.nanoTime() - start) / 1_000_000;
    List<Integer> after = afterFullGc(gcLog);
    List<Integer> during = after.subList(before.size(), after.size());
    int peak = during.stream().max(Integer::compare).orElse(baseline);
    System.out.printf(
        "ZIP of %,d certificates (%,.1f MB), streamed: %,d / %,d / %,d ms (3 downloads);"
            + " live heap added while streaming: %d MB (heap after %d full collections at 1/4,"
            + " 1/2 and 3/4 of a download: %s MB; %d MB before)%n",
        cohort.size, bytes / 1e6, millis.get(0), millis.get(1), millis.get(2), peak - baseline,
        during.size(), during, baseline);
  }

  private static long zip(Cohort cohort) throws Exception {
    return zip(cohort, 0, 0);
  }

  /**
   * Downloads the cohort's ZIP; with {@code pid}, stops reading at a quarter, half and three
   * quarters of its {@code expected} length for a full collection of the application (which then
   * waits, mid-stream, for the client to read on).
   */
  private static long zip(Cohort cohort, long expected, long pid) throws Exception {
    HttpResponse<InputStream> response =
        HTTP.send(
            json("/api/v1/workshops/" + cohort.workshop + "/certificates/archive").GET().build(),
            HttpResponse.BodyHandlers.ofInputStream());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("archive answered " + response.statusCode());
    }
    long bytes = 0;
    int collections = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = response.body()) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        bytes += n;
        if (pid != 0 && collections < 3 && bytes >= expected * (collections + 1) / 4) {
          collections++;
          jcmd(pid);
        }
      }
    }
    return bytes;
  }

  private static void downloads(Cohort cohort, int count, Path sample) throws Exception {
    Random random = new Random(13);
    List<Long> micros = new ArrayList<>();
    long smallest = Long.MAX_VALUE;
    long largest = 0;
    long total = 0;
    for (int i = 0; i < count + 20; i++) {
      String code = cohort.codes.get(random.nextInt(cohort.codes.size()));
      long start = System.nanoTime();
      HttpResponse<byte[]> pdf =
          HTTP.send(
              json("/api/v1/certificates/" + code).header("Accept", "application/pdf").GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      long took = (System.nanoTime() - start) / 1000;
      if (pdf.statusCode() != 200 || pdf.body().length < 1000) {
        throw new IllegalStateException("certificate answered " + pdf.statusCode());
      }
      if (i == 0) {
        Files.write(sample, pdf.body());
      }
      if (i >= 20) {
        micros.add(took);
        smallest = Math.min(smallest, pdf.body().length);
        largest = Math.max(largest, pdf.body().length);
        total += pdf.body().length;
      }
    }
    Collections.sort(micros);
    System.out.printf(
        "single downloads, GET /api/v1/certificates/{code} (application/pdf), %d after 20 warm-up:"
            + " p50 %.0f ms, p95 %.0f ms, max %.0f ms; PDF %,.1f–%,.1f KB (mean %,.1f KB)%n",
        count, pct(micros, 50), pct(micros, 95), pct(micros, 100), smallest / 1024.0,
        largest / 1024.0, total / 1024.0 / count);
  }

  private static void jcmd(long pid) throws IOException {
    try {
      new ProcessBuilder("jcmd", Long.toString(pid), "GC.run")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectErrorStream(true)
          .start()
          .waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static List<Integer> afterFullGc(Path gcLog) throws IOException {
    List<Integer> after = new ArrayList<>();
    for (String line : Files.readAllLines(gcLog, StandardCharsets.UTF_8)) {
      Matcher m = FULL_GC.matcher(line);
      if (m.find()) {
        after.add(Integer.parseInt(m.group(2)));
      }
    }
    return after;
  }

  private static List<Integer> sizes(String list) {
    List<Integer> sizes = new ArrayList<>();
    for (String s : list.split(",")) {
      if (!s.isBlank()) {
        sizes.add(Integer.parseInt(s.strip()));
      }
    }
    return sizes;
  }

  private static String token(String username, String password) throws Exception {
    Matcher m =
        TOKEN.matcher(
            call(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                    .header("Content-Type", "application/json")
                    .POST(body("{\"username\":\"" + username + "\",\"password\":\"" + password
                        + "\"}")),
                201));
    m.find();
    return m.group(1);
  }

  private static HttpRequest.Builder json(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + trainer)
        .timeout(Duration.ofMinutes(5));
  }

  private static HttpRequest.BodyPublisher body(String text) {
    return HttpRequest.BodyPublishers.ofString(text);
  }

  private static String call(HttpRequest.Builder request, int expected) throws Exception {
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().uri() + " answered " + response.statusCode() + ": "
              + response.body());
    }
    return response.body();
  }

  private static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
  }

  /** A closed workshop of the benchmark and what its run took. */
  private static final class Cohort {
    final String workshop;
    final int size;
    final List<String> codes = new ArrayList<>();
    long millis;
    long serverMillis;

    Cohort(String workshop, int size) {
      this.workshop = workshop;
      this.size = size;
    }
  }
}
