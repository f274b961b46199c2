import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trained-people report at scale (issue 15, acceptance 3), run by reports.sh against a database
 * filled by ReportData: (a) the raw SQL on training_fact through JDBC, grouped by sector and venue
 * city for a period, plus its separate total (distinct people are counted afresh, never summed);
 * (b) the same report through GET /api/v1/reports/trained?from=&to=&by=sector,venueCity of a
 * running application, when a base URL and token are given. Prints EXPLAIN FORMAT=JSON of both
 * statements, fails when either reads training_fact without an index, and prints p50/p95/max of
 * each after a warm-up, checking that the API's totals equal the SQL's.
 *
 * <p>Usage: java -cp connector.jar ReportBench.java jdbcUrl from to runs [baseUrl token]
 */
public class ReportBench {

  /** An index hint for the grouped statement (REPORTS_GROUPED_HINT), to try other indexes. */
  static final String HINT = System.getenv().getOrDefault("REPORTS_GROUPED_HINT", "");

  static final String GROUPED =
      "SELECT sector_code, venue_city, COUNT(DISTINCT person_id) AS people,"
          + " COUNT(*) AS participations FROM training_fact " + HINT
          + " WHERE trained_on BETWEEN ? AND ?"
          + " GROUP BY sector_code, venue_city ORDER BY sector_code, venue_city";
  static final String TOTAL =
      "SELECT COUNT(DISTINCT person_id) AS people, COUNT(*) AS participations FROM training_fact"
          + " WHERE trained_on BETWEEN ? AND ?";
  /** The endpoint's third and fourth statements: first-time people, as ReportSql writes them. */
  static final String FIRST_TIME_GROUPED =
      "SELECT f.sector_code, f.venue_city, COUNT(DISTINCT f.person_id) FROM training_fact f"
          + " WHERE f.trained_on BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM training_fact e"
          + " WHERE e.person_id = f.person_id AND (e.trained_on < ?))"
          + " GROUP BY f.sector_code, f.venue_city";
  static final String FIRST_TIME_TOTAL =
      "SELECT COUNT(DISTINCT f.person_id) FROM training_fact f"
          + " WHERE f.trained_on BETWEEN ? AND ? AND NOT EXISTS (SELECT 1 FROM training_fact e"
          + " WHERE e.person_id = f.person_id AND (e.trained_on < ?))";
  static final int WARM_UP =
      Integer.parseInt(System.getenv().getOrDefault("REPORTS_WARM_UP", "10"));

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String from = args[1];
    String to = args[2];
    int runs = Integer.parseInt(args[3]);
    long[] totals;
    try (Connection connection = DriverManager.getConnection(url)) {
      boolean indexed = explain(connection, from, to);
      // REPORTS_SQL_RUNS: fewer SQL runs when the API is timed after them (the totals still)
      totals =
          sql(connection, from, to,
              Integer.parseInt(System.getenv().getOrDefault("REPORTS_SQL_RUNS", "" + runs)));
      if (!indexed) {
        System.out.println("FAILED: a statement reads training_fact without an index");
        System.exit(1);
      }
    }
    if (args.length > 5) {
      api(args[4], args[5], from, to, runs, totals);
    }
  }

  /** EXPLAIN FORMAT=JSON of both statements; true when both read training_fact through a key. */
  static boolean explain(Connection connection, String from, String to) throws SQLException {
    boolean indexed = true;
    for (String sql : new String[] {GROUPED, TOTAL, FIRST_TIME_GROUPED, FIRST_TIME_TOTAL}) {
      String literal =
          sql.replaceFirst("\\?", "'" + from + "'")
              .replaceFirst("\\?", "'" + to + "'")
              .replaceFirst("\\?", "'" + from + "'");
      try (Statement statement = connection.createStatement();
          ResultSet plan = statement.executeQuery("EXPLAIN FORMAT=JSON " + literal)) {
        plan.next();
        String json = plan.getString(1);
        System.out.println("EXPLAIN FORMAT=JSON " + literal);
        System.out.println(json);
        Matcher access = Pattern.compile("\"access_type\": \"(\\w+)\"").matcher(json);
        Matcher key = Pattern.compile("\"key\": \"(\\w+)\"").matcher(json);
        String type = access.find() ? access.group(1) : "?";
        String used = key.find() ? key.group(1) : null;
        boolean ok = used != null && !"ALL".equals(type);
        System.out.printf(
            Locale.ROOT,
            "index check: access_type %s, key %s: %s%n%n",
            type,
            used,
            ok ? "index used" : "NO INDEX (full scan)");
        indexed &= ok;
      }
    }
    return indexed;
  }

  /** Times the two statements together (a report is both); returns the totals. */
  static long[] sql(Connection connection, String from, String to, int runs) throws SQLException {
    List<Double> grouped = new ArrayList<>();
    List<Double> total = new ArrayList<>();
    List<Double> both = new ArrayList<>();
    List<Double> firstTime = new ArrayList<>();
    List<Double> all = new ArrayList<>();
    long[] totals = new long[3];
    int groups = 0;
    try (PreparedStatement g = connection.prepareStatement(GROUPED);
        PreparedStatement t = connection.prepareStatement(TOTAL);
        PreparedStatement fg = connection.prepareStatement(FIRST_TIME_GROUPED);
        PreparedStatement ft = connection.prepareStatement(FIRST_TIME_TOTAL)) {
      for (PreparedStatement statement : List.of(g, t, fg, ft)) {
        statement.setString(1, from);
        statement.setString(2, to);
      }
      fg.setString(3, from);
      ft.setString(3, from);
      for (int run = 0; run < WARM_UP + runs; run++) {
        long start = System.nanoTime();
        groups = 0;
        try (ResultSet rows = g.executeQuery()) {
          while (rows.next()) {
            groups++;
          }
        }
        long middle = System.nanoTime();
        try (ResultSet rows = t.executeQuery()) {
          rows.next();
          totals[0] = rows.getLong(1);
          totals[1] = rows.getLong(2);
        }
        long end = System.nanoTime();
        try (ResultSet rows = fg.executeQuery()) {
          while (rows.next()) {
            // first-time people per row
          }
        }
        try (ResultSet rows = ft.executeQuery()) {
          rows.next();
          totals[2] = rows.getLong(1);
        }
        long last = System.nanoTime();
        if (run >= WARM_UP) {
          grouped.add((middle - start) / 1e6);
          total.add((end - middle) / 1e6);
          both.add((end - start) / 1e6);
          firstTime.add((last - end) / 1e6);
          all.add((last - start) / 1e6);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Period %s to %s: %,d rows (sector x venue city), %,d people, %,d participations,"
            + " %,d first-time people%n",
        from,
        to,
        groups,
        totals[0],
        totals[1],
        totals[2]);
    print("raw SQL, grouped by sector and venue city", grouped);
    print("raw SQL, total", total);
    print("raw SQL, report (both statements)", both);
    print("raw SQL, first-time people (grouped and total)", firstTime);
    print("raw SQL, all four statements the endpoint runs", all);
    return totals;
  }

  static void api(String base, String token, String from, String to, int runs, long[] totals)
      throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    base + "/api/v1/reports/trained?from=" + from + "&to=" + to
                        + "&by=sector,venueCity"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(60))
            .GET()
            .build();
    List<Double> times = new ArrayList<>();
    String body = null;
    for (int run = 0; run < WARM_UP + runs; run++) {
      long start = System.nanoTime();
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      double millis = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        System.out.println(
            "GET /api/v1/reports/trained answered " + response.statusCode() + ": "
                + response.body().substring(0, Math.min(300, response.body().length())));
        System.exit(2);
      }
      body = response.body();
      if (run >= WARM_UP) {
        times.add(millis);
      }
    }
    Matcher people = Pattern.compile("\"totals\"\\s*:\\s*\\{[^}]*\"people\"\\s*:\\s*(\\d+)").matcher(body);
    Matcher participations =
        Pattern.compile("\"totals\"\\s*:\\s*\\{[^}]*\"participations\"\\s*:\\s*(\\d+)").matcher(body);
    String p = people.find() ? people.group(1) : "?";
    String q = participations.find() ? participations.group(1) : "?";
    boolean same = p.equals(Long.toString(totals[0])) && q.equals(Long.toString(totals[1]));
    System.out.printf(
        Locale.ROOT,
        "API totals: %s people, %s participations (%s the raw SQL's); %,d bytes of JSON%n",
        p,
        q,
        same ? "equal to" : "DIFFERENT FROM",
        body.length());
    print("GET /api/v1/reports/trained?by=sector,venueCity", times);
  }

  static void print(String what, List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-50s %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
        what,
        sorted.size(),
        percentile(sorted, 50),
        percentile(sorted, 95),
        sorted.get(sorted.size() - 1));
  }

  static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
