import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The screening-under-load benchmark (issue 10, "a background job never stops the foreground"): a
 * trainer imports a typed class list of namesakes (the same two family names, given names "Camila
 * 1" to "Camila N", one hospital) and, while the duplicate screening compares them with the
 * registry in the background, signs in and enrols one imported person, one after the other, as a
 * trainer at a desk would. Whether the screening is still running is read from {@code GET
 * /api/v1/people/duplicates/screening} before each round. Prints the latencies before the import
 * and during the screening, how long the screening took and how many pairs it queued. Run by
 * screening-under-load.sh.
 *
 * <p>Arguments: base URL, demo password, persons in the class list, rounds (sign-in + enrolment).
 */
public class ScreeningLoad {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static String base;
  private static String password;

  public static void main(String[] args) throws Exception {
    base = args[0] + "/api/v1";
    password = args[1];
    int persons = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    String trainer = token("trainer");
    String lead = token("lead");
    long workshop = schedule(trainer, 3 * rounds + 10);

    List<Long> registered = register(trainer, 2 * rounds);
    run(trainer, workshop, registered.subList(0, rounds)); // warm-up
    Result before = run(trainer, workshop, registered.subList(rounds, 2 * rounds));

    long pairsBefore = number(call(json("/people/duplicates?size=1", lead).GET(), 200), "total");
    long start = System.nanoTime();
    String imported = call(csv(trainer, classList(persons)), 200);
    double importSeconds = (System.nanoTime() - start) / 1e9;
    if (!imported.contains("\"written\":true")) {
      throw new IllegalStateException("import refused: " + imported);
    }
    Result during = run(trainer, workshop, classListIds(trainer, rounds));
    while (waiting(trainer) > 0) {
      Thread.sleep(200);
    }
    double screeningSeconds = (System.nanoTime() - start) / 1e9 - importSeconds;
    long pairs =
        number(call(json("/people/duplicates?size=1", lead).GET(), 200), "total") - pairsBefore;

    System.out.printf("before the import:   %s%n", before);
    System.out.printf("during the screening: %s%n", during);
    System.out.printf(
        "import of %d namesakes %.1f s; screening %.1f s after it answered; %d candidate pairs"
            + " queued (%.2f per person)%n",
        persons, importSeconds, screeningSeconds, pairs, pairs / (double) persons);
  }

  /** Latencies of the rounds: sign-ins and enrolments, and how many rounds met the screening. */
  record Result(List<Long> signIns, List<Long> enrolments, Map<Integer, Integer> statuses, int met) {

    @Override
    public String toString() {
      return String.format(
          "sign-ins %s; enrolments %s; answers %s; %d of %d rounds while the screening ran",
          percentiles(signIns), percentiles(enrolments), statuses, met, signIns.size());
    }

    static String percentiles(List<Long> millis) {
      List<Long> sorted = millis.stream().sorted().toList();
      return String.format(
          "p50 %d ms, p95 %d ms, max %d ms",
          at(sorted, 50), at(sorted, 95), sorted.get(sorted.size() - 1));
    }

    static long at(List<Long> sorted, int percentile) {
      return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
  }

  private static Result run(String trainer, long workshop, List<Long> persons) throws Exception {
    List<Long> signIns = new ArrayList<>();
    List<Long> enrolments = new ArrayList<>();
    Map<Integer, Integer> statuses = new TreeMap<>();
    int met = 0;
    for (long person : persons) {
      if (waiting(trainer) > 0) {
        met++;
      }
      signIns.add(timed(signIn("trainer"), statuses));
      String enrolment = "{\"personId\":" + person + "}";
      enrolments.add(
          timed(json("/workshops/" + workshop + "/enrollments", trainer).POST(body(enrolment)),
              statuses));
    }
    return new Result(signIns, enrolments, statuses, met);
  }

  private static long timed(HttpRequest.Builder request, Map<Integer, Integer> statuses)
      throws Exception {
    long start = System.nanoTime();
    int status;
    try {
      status = HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (HttpTimeoutException e) {
      status = -1;
    }
    statuses.merge(status, 1, Integer::sum);
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String classList(int persons) {
    StringBuilder csv =
        new StringBuilder(
            "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,"
                + "workCity,workCountry\n");
    for (int i = 1; i <= persons; i++) {
      csv.append("Camila ")
          .append(i)
          .append(",González Rojas,F,,,,Hospital Regional de Antofagasta,health,,Antofagasta,CL\n");
    }
    return csv.toString();
  }

  private static List<Long> classListIds(String trainer, int count) throws Exception {
    String found =
        call(json("/people?q=Camila%20Rojas&size=" + count, trainer).GET(), 200);
    List<Long> ids = new ArrayList<>();
    Matcher id = ID.matcher(found);
    while (id.find()) {
      ids.add(Long.parseLong(id.group(1)));
    }
    return ids;
  }

  private static List<Long> register(String trainer, int count) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String person =
          "{\"givenNames\":\"Paula\",\"familyNames\":\"Bench " + i + "\",\"sex\":\"F\","
              + "\"institution\":\"Posta Rural de Toconao\",\"sector\":\"health\","
              + "\"workCity\":\"Antofagasta\",\"workCountry\":\"CL\"}";
      Matcher id = ID.matcher(call(json("/people", trainer).POST(body(person)), 201));
      id.find();
      ids.add(Long.parseLong(id.group(1)));
    }
    return ids;
  }

  private static long schedule(String trainer, int capacity) throws Exception {
    String workshop =
        "{\"moduleCode\":\"TIP-HEALTH\",\"title\":\"Bench screening\",\"venue\":\"Hospital"
            + " Regional\",\"city\":\"Antofagasta\",\"country\":\"CL\",\"timeZone\":"
            + "\"America/Santiago\",\"capacity\":" + capacity + ",\"sessions\":[{\"date\":\""
            + LocalDate.now().plusDays(30) + "\",\"start\":\"09:00\",\"end\":\"17:00\"}]}";
    Matcher id = ID.matcher(call(json("/workshops", trainer).POST(body(workshop)), 201));
    id.find();
    return Long.parseLong(id.group(1));
  }

  private static long waiting(String trainer) throws Exception {
    return number(call(json("/people/duplicates/screening", trainer).GET(), 200), "waiting");
  }

  private static String token(String username) throws Exception {
    Matcher token =
        Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"")
            .matcher(call(signIn(username), 201));
    token.find();
    return token.group(1);
  }

  private static HttpRequest.Builder signIn(String username) {
    return json("/tokens", null)
        .POST(body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"));
  }

  private static HttpRequest.Builder csv(String token, String text) {
    return HttpRequest.newBuilder(URI.create(base + "/people/import"))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "text/csv")
        .POST(body(text));
  }

  private static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException(field + " missing in " + json);
    }
    return Long.parseLong(m.group(1));
  }

  private static HttpRequest.Builder json(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(TIMEOUT)
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
