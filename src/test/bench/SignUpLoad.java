import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sign-up benchmark (quality goal G4): learners sign themselves up for open workshops through
 * {@code POST /api/v1/workshops/{id}/enrollments} at a constant arrival rate (open model: a request
 * leaves on schedule whether or not earlier ones have answered, and its latency counts from when it
 * was due, so a slow server cannot hide its queue). Sets up what it needs through the API of a
 * running application with demo data: persons by CSV import, a learner account and token for each,
 * future workshops of capacities from 100 to 300 that every learner signs up for, so sign-ups end
 * enrolled and waitlisted. Run by sign-up.sh.
 *
 * <p>Arguments: base URL, demo password, learners, workshops, sign-ups per second, seconds.
 */
public class SignUpLoad {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern OBJECT = Pattern.compile("\\{[^{}]*\\}");
  private static final Pattern BENCH_EMAIL = Pattern.compile("\"bench-(\\d+)@example\\.org\"");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static String base;

  public static void main(String[] args) throws Exception {
    base = args[0] + "/api/v1";
    String password = args[1];
    int learners = Integer.parseInt(args[2]);
    int workshops = Integer.parseInt(args[3]);
    int rate = Integer.parseInt(args[4]);
    int seconds = Integer.parseInt(args[5]);

    String admin = token("admin", password);
    String trainer = token("trainer", password);
    List<Long> persons = importPersons(trainer, learners);
    List<String> tokens = learnerTokens(admin, persons, password);
    List<Long> warmUp = scheduleWorkshops(trainer, 2, "warm-up");
    List<Long> measured = scheduleWorkshops(trainer, workshops, "measured");
    System.out.printf(
        "set-up: %d learners with tokens, %d workshops (+2 for warm-up)%n", learners, workshops);

    run("warm-up", pairs(persons, tokens, warmUp), rate, 10);
    Result result = run("measured", pairs(persons, tokens, measured), rate, seconds);
    result.print();
    check(trainer, measured, result);
  }

  /** One sign-up to send: a learner (person and token) for a workshop. */
  record SignUp(long personId, String token, long workshopId) {}

  record Result(List<Long> micros, Map<Integer, Integer> statuses, int sent, double seconds) {
    void print() {
      List<Long> sorted = new ArrayList<>(micros);
      Collections.sort(sorted);
      System.out.printf(
          "measured: %d sign-ups in %.1f s (%.1f/s); answers %s%n", sent, seconds, sent / seconds,
          statuses);
      System.out.printf(
          "latency from due time: p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
          percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
          percentile(sorted, 100));
    }

    static double percentile(List<Long> sorted, int p) {
      int index = Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
      return sorted.get(index) / 1000.0;
    }
  }

  private static Result run(String phase, List<SignUp> signUps, int rate, int seconds)
      throws Exception {
    int total = Math.min(signUps.size(), rate * seconds);
    ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
    Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
    List<CompletableFuture<?>> pending = new ArrayList<>();
    long start = System.nanoTime();
    long interval = 1_000_000_000L / rate;
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      SignUp signUp = signUps.get(i);
      HttpRequest request =
          json("/workshops/" + signUp.workshopId() + "/enrollments", signUp.token())
              .POST(body("{\"personId\":" + signUp.personId() + "}"))
              .build();
      pending.add(
          HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (response, error) -> {
                    micros.add((System.nanoTime() - due) / 1000);
                    statuses.merge(error == null ? response.statusCode() : -1, 1, Integer::sum);
                  }));
    }
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
    double took = (System.nanoTime() - start) / 1e9;
    if (!phase.equals("measured")) {
      System.out.printf("%s: %d sign-ups, answers %s%n", phase, total, new TreeMap<>(statuses));
    }
    return new Result(new ArrayList<>(micros), new TreeMap<>(statuses), total, took);
  }

  /** Every learner for every workshop, in a random order (the same each run). */
  private static List<SignUp> pairs(List<Long> persons, List<String> tokens, List<Long> workshops) {
    List<SignUp> pairs = new ArrayList<>();
    for (long workshop : workshops) {
      for (int i = 0; i < persons.size(); i++) {
        pairs.add(new SignUp(persons.get(i), tokens.get(i), workshop));
      }
    }
    Collections.shuffle(pairs, new Random(42));
    return pairs;
  }

  /** No workshop ends over capacity; prints how the sign-ups ended. */
  private static void check(String trainer, List<Long> workshops, Result result) throws Exception {
    int enrolled = 0;
    int waitlisted = 0;
    for (long id : workshops) {
      String workshop = call(json("/workshops/" + id, trainer).GET(), 200);
      int capacity = number(workshop, "capacity");
      int in = number(workshop, "enrolled");
      if (in > capacity) {
        throw new IllegalStateException("workshop " + id + " overbooked: " + workshop);
      }
      enrolled += in;
      waitlisted += number(workshop, "waitlisted");
    }
    System.out.printf(
        "afterwards: %d enrolled, %d waitlisted, no workshop over capacity (sign-ups answered 201:"
            + " %d)%n",
        enrolled, waitlisted, result.statuses().getOrDefault(201, 0));
  }

  private static List<Long> importPersons(String trainer, int count) throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,"
                + "workCity,workCountry\n");
    for (int i = 0; i < count; i++) {
      csv.append("Learner,Bench ")
          .append(i)
          .append(i % 2 == 0 ? ",F," : ",M,")
          .append("bench-")
          .append(i)
          .append("@example.org,,BENCH")
          .append(i)
          .append(",Hospital Regional de Antofagasta,health,Enfermera,Antofagasta,CL\n");
    }
    String imported =
        call(
            HttpRequest.newBuilder(URI.create(base + "/people/import"))
                .header("Authorization", "Bearer " + trainer)
                .header("Content-Type", "text/csv")
                .POST(body(csv.toString())),
            200);
    if (!imported.contains("\"written\":true")) {
      throw new IllegalStateException("import refused: " + imported);
    }
    Long[] ids = new Long[count];
    for (int page = 0; page * 500 < count; page++) {
      String found = call(json("/people?q=bench&size=500&page=" + page, trainer).GET(), 200);
      Matcher person = OBJECT.matcher(found);
      while (person.find()) {
        Matcher email = BENCH_EMAIL.matcher(person.group());
        if (email.find()) {
          ids[Integer.parseInt(email.group(1))] = (long) number(person.group(), "id");
        }
      }
    }
    for (int i = 0; i < count; i++) {
      if (ids[i] == null) {
        throw new IllegalStateException("imported person bench-" + i + " not found by search");
      }
    }
    return List.of(ids);
  }

  private static List<String> learnerTokens(String admin, List<Long> persons, String password)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<CompletableFuture<String>> tokens = new ArrayList<>();
      for (int i = 0; i < persons.size(); i++) {
        String username = "bench-learner-" + i;
        String account =
            "{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"email\":\"bench-"
                + i + "@example.org\",\"roles\":[\"LEARNER\"],\"personId\":" + persons.get(i)
                + ",\"language\":\"es\"}";
        tokens.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    call(json("/accounts", admin).POST(body(account)), 201);
                    return token(username, password);
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                },
                pool));
      }
      return tokens.stream().map(CompletableFuture::join).toList();
    } finally {
      pool.shutdown();
    }
  }

  private static List<Long> scheduleWorkshops(String trainer, int count, String label)
      throws Exception {
    int firstDay = label.equals("warm-up") ? 400 : 30;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate date = LocalDate.now().plusDays(firstDay + i);
      int capacity = 100 + 50 * (i % 5);
      String workshop =
          "{\"moduleCode\":\"TIP-HEALTH\",\"title\":\"Bench " + label + " " + i
              + "\",\"venue\":\"Hospital Regional\",\"city\":\"Antofagasta\",\"country\":\"CL\","
              + "\"timeZone\":\"America/Santiago\",\"capacity\":" + capacity
              + ",\"signUpMode\":\"OPEN\",\"sessions\":[{\"date\":\"" + date
              + "\",\"start\":\"09:00\",\"end\":\"17:00\"}]}";
      Matcher m = ID.matcher(call(json("/workshops", trainer).POST(body(workshop)), 201));
      m.find();
      ids.add(Long.parseLong(m.group(1)));
    }
    return ids;
  }

  private static String token(String username, String password) throws Exception {
    String answer =
        call(
            json("/tokens", null)
                .POST(
                    body(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")),
            201);
    Matcher m = TOKEN.matcher(answer);
    m.find();
    return m.group(1);
  }

  private static int number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException(field + " missing in " + json);
    }
    return Integer.parseInt(m.group(1));
  }

  private static HttpRequest.Builder json(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private static HttpRequest.BodyPublisher body(String text) {
    return HttpRequest.BodyPublishers.ofString(text);
  }

  private static String call(HttpRequest.Builder request, int expected) throws Exception {
    HttpResponse<String> response =
        HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().method() + " " + response.request().uri() + " answered "
              + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }
}
