import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roll-call benchmark (issue 12), run by roll-call.sh against a running application with demo
 * data on MariaDB. For each roster size (200, then 1,000) it schedules a workshop, enrols that many
 * new people by roster import, then saves the whole roll call {@code saves} times through the API,
 * every row changing status each time (present, absent, present...: N updated marks and N audit
 * rows a save), and prints the latency percentiles and the SQL statements a save cost, as MariaDB
 * counted them for the application's database user. Last, the roll-call page of the 1,000-person
 * session is loaded {@code loads} times by a signed-in trainer.
 *
 * <p>Arguments: base URL, demo password, saves per size, page loads, database user.
 */
public class RollCallLoad {

  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
  private static final Pattern PERSON = Pattern.compile("\"personId\"\\s*:\\s*(\\d+)");
  private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static String base;

  public static void main(String[] args) throws Exception {
    base = args[0];
    String password = args[1];
    int saves = Integer.parseInt(args[2]);
    int loads = Integer.parseInt(args[3]);
    String dbUser = args[4];
    String trainer = token("trainer", password);
    String last = null;
    for (int size : new int[] {200, 1000}) {
      String workshop = workshop(trainer, size);
      List<Long> people = enrol(trainer, workshop, size);
      save(trainer, workshop, people, "PRESENT"); // first marks: inserts
      for (int i = 0; i < 3; i++) {
        save(trainer, workshop, people, i % 2 == 0 ? "ABSENT" : "PRESENT"); // warm-up
      }
      long[] before = statements(dbUser);
      List<Long> micros = new ArrayList<>();
      for (int i = 0; i < saves; i++) {
        micros.add(save(trainer, workshop, people, i % 2 == 0 ? "LATE" : "PRESENT"));
      }
      long[] after = statements(dbUser);
      Collections.sort(micros);
      System.out.printf(
          "roll call of %d people, %d saves (every row changes): p50 %.0f ms, p95 %.0f ms,"
              + " max %.0f ms%n",
          size, saves, pct(micros, 50), pct(micros, 95), pct(micros, 100));
      System.out.printf(
          "  SQL statements a save (MariaDB USER_STATISTICS): %.1f selects, %.1f writes"
              + " (insert/update statements; rewritten batches count each row), %.1f other%n",
          (after[0] - before[0]) / (double) saves,
          (after[1] - before[1]) / (double) saves,
          (after[2] - before[2]) / (double) saves);
      last = workshop;
    }
    pageLoads(last, password, loads);
  }

  private static String workshop(String trainer, int capacity) throws Exception {
    String body =
        "{\"moduleCode\":\"TIP-HEALTH\",\"title\":\"Bench roll call " + capacity
            + "\",\"venue\":\"Hospital Regional\",\"city\":\"Antofagasta\",\"country\":\"CL\","
            + "\"timeZone\":\"America/Santiago\",\"capacity\":" + capacity
            + ",\"sessions\":[{\"date\":\"" + LocalDate.now()
            + "\",\"start\":\"09:00\",\"end\":\"17:00\"}]}";
    Matcher m = ID.matcher(call(json("/api/v1/workshops", trainer).POST(body(body)), 201));
    m.find();
    return m.group(1);
  }

  private static List<Long> enrol(String trainer, String workshop, int size) throws Exception {
    StringBuilder csv =
        new StringBuilder(
            "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,"
                + "workCity,workCountry\n");
    for (int i = 0; i < size; i++) {
      csv.append("Participante,Banco ").append(workshop).append(' ').append(i)
          .append(",F,,,,Hospital Regional de Antofagasta,health,,Antofagasta,CL\n");
    }
    String imported =
        call(
            HttpRequest.newBuilder(URI.create(base + "/api/v1/workshops/" + workshop + "/enrollments/import"))
                .header("Authorization", "Bearer " + trainer)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(body(csv.toString())),
            200);
    if (!imported.contains("\"stored\":true")) {
      throw new IllegalStateException("import refused: " + imported);
    }
    List<Long> people = new ArrayList<>();
    for (int page = 0; page * 500 < size; page++) {
      Matcher m =
          PERSON.matcher(
              call(json("/api/v1/workshops/" + workshop + "/enrollments?size=500&page=" + page, trainer).GET(), 200));
      while (m.find()) {
        people.add(Long.parseLong(m.group(1)));
      }
    }
    return people;
  }

  /** One save of every person with that status; returns its latency in microseconds. */
  private static long save(String trainer, String workshop, List<Long> people, String status)
      throws Exception {
    StringBuilder rows = new StringBuilder("[");
    for (Long p : people) {
      rows.append(rows.length() > 1 ? "," : "")
          .append("{\"personId\":").append(p).append(",\"status\":\"").append(status).append("\"}");
    }
    rows.append(']');
    long start = System.nanoTime();
    call(
        json("/api/v1/workshops/" + workshop + "/sessions/1/attendance", trainer)
            .PUT(body(rows.toString())),
        200);
    return (System.nanoTime() - start) / 1000;
  }

  private static void pageLoads(String workshop, String password, int loads) throws Exception {
    String cookie = signIn("trainer", password);
    String page = base + "/attendance/roll-call.xhtml?workshop=" + workshop + "&session=1";
    List<Long> micros = new ArrayList<>();
    for (int i = 0; i < loads + 5; i++) {
      long start = System.nanoTime();
      HttpResponse<String> shown =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(page)).header("Cookie", cookie).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      long took = (System.nanoTime() - start) / 1000;
      if (shown.statusCode() != 200 || !shown.body().contains("roll-row")) {
        throw new IllegalStateException("roll call page: " + shown.statusCode());
      }
      if (i >= 5) {
        micros.add(took);
      }
    }
    Collections.sort(micros);
    System.out.printf(
        "roll-call page of the 1000-person session (100 a page), %d loads: p50 %.0f ms,"
            + " p95 %.0f ms%n",
        loads, pct(micros, 50), pct(micros, 95));
  }

  private static String signIn(String username, String password) throws Exception {
    HttpResponse<String> login =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    String cookie = cookieOf(login);
    Matcher state = VIEW_STATE.matcher(login.body());
    state.find();
    String form =
        "login=login&login%3Ausername=" + enc(username) + "&login%3Apassword=" + enc(password)
            + "&login%3AsignIn=&jakarta.faces.ViewState="
            + enc(state.group(1).replace("&#58;", ":").replace("&amp;", "&"));
    HttpResponse<String> signedIn =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Cookie", cookie)
                .header("Origin", base)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(body(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String renewed = cookieOf(signedIn);
    return renewed.isEmpty() ? cookie : renewed;
  }

  private static String cookieOf(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
        .findFirst()
        .orElse("");
  }

  /** Selects, writes and other statements MariaDB counted for the user so far. */
  private static long[] statements(String user) throws Exception {
    Process p =
        new ProcessBuilder(
                "mariadb", "-uroot", "-h127.0.0.1", "-N", "-e",
                "SELECT SELECT_COMMANDS, UPDATE_COMMANDS, OTHER_COMMANDS"
                    + " FROM information_schema.USER_STATISTICS WHERE USER = '" + user + "'")
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor();
    String[] parts = out.split("\\s+");
    return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2])};
  }

  private static String token(String username, String password) throws Exception {
    Matcher m =
        TOKEN.matcher(
            call(
                json("/api/v1/tokens", null)
                    .POST(body("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")),
                201));
    m.find();
    return m.group(1);
  }

  private static HttpRequest.Builder json(String path, String token) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(2));
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private static HttpRequest.BodyPublisher body(String text) {
    return HttpRequest.BodyPublishers.ofString(text);
  }

  private static String call(HttpRequest.Builder request, int expected) throws Exception {
    HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != expected) {
      throw new IllegalStateException(
          response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static double pct(List<Long> sorted, int p) {
    int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
  }
}
