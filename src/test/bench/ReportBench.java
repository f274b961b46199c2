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
 * filled by ReportData: (a) the raw SQL on training_fact through JDBC, grouped by the sector and
 * venue city keys for a period, plus its separate total (distinct people are counted afresh, never
 * summed), and the two statements the endpoint runs for the pages (with the labels and first-time
 * people); (b) the same report through GET /api/v1/reports/trained?from=&to=&by=sector,venueCity
 * of a running application, with and without indicators=firstTimePeople, when a base URL and
 * token are given. Prints EXPLAIN FORMAT=JSON of the statements, fails when one reads
 * training_fact without an index or the endpoint's statements disagree with the raw ones, and
 * prints p50/p95/max of each after a warm-up, checking that the API's totals equal the SQL's.
 *
 * <p>Usage: java -cp connector.jar ReportBench.java jdbcUrl from to runs [baseUrl token]
 */
public class ReportBench {

  /** An index hint for the grouped statement (REPORTS_GROUPED_HINT), to try other indexes. */
  static final String HINT = System.getenv().getOrDefault("REPORTS_GROUPED_HINT", "");

  static final String GROUPED =
      "SELECT sector_key, venue_city_key, COUNT(DISTINCT person_id) AS people,"
          + " COUNT(*) AS participations FROM training_fact " + HINT
          + " WHERE trained_on BETWEEN ? AND ?"
          + " GROUP BY sector_key, venue_city_key";
  static final String TOTAL =
      "SELECT COUNT(DISTINCT person_id) AS people, COUNT(*) AS participations FROM training_fact"
          + " WHERE trained_on BETWEEN ? AND ?";
  /**
   * The statements the endpoint runs for the pages' report (people, participations and first-time
   * people), as ReportSql writes them: grouped by the compact keys, labels from report_label.
   */
  static final String REPORT_GROUPED =
      "SELECT l0.label, l1.label, g.a0, g.a1, g.a2 FROM (SELECT f.sector_key AS d0,"
          + " f.venue_city_key AS d1, COUNT(DISTINCT f.person_id) AS a0, COUNT(*) AS a1,"
          + " COUNT(DISTINCT CASE WHEN f.first_on >= ? THEN f.person_id END) AS a2"
          + " FROM training_fact f WHERE f.trained_on BETWEEN ? AND ?"
          + " GROUP BY f.sector_key, f.venue_city_key) g"
          + " LEFT JOIN report_label l0 ON l0.id = g.d0 LEFT JOIN report_label l1 ON l1.id = g.d1";
  static final String REPORT_TOTAL =
      "SELECT COUNT(DISTINCT f.person_id), COUNT(*),"
          + " COUNT(DISTINCT CASE WHEN f.first_on >= ? THEN f.person_id END)"
          + " FROM training_fact f WHERE f.trained_on BETWEEN ? AND ?";
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
      api(args[4], args[5], from, to, runs, totals, "");
      api(args[4], args[5], from, to, runs, totals, "&indicators=firstTimePeople");
    }
  }

  /** EXPLAIN FORMAT=JSON of both statements; true when both read training_fact through a key. */
  static boolean explain(Connection connection, String from, String to) throws SQLException {
    boolean indexed = true;
    for (String sql : new String[] {GROUPED, TOTAL, REPORT_GROUPED, REPORT_TOTAL}) {
      String literal =
          sql.startsWith("SELECT sector_key") || sql.startsWith("SELECT COUNT(DISTINCT person_id)")
              ? sql.replaceFirst("\\?", "'" + from + "'").replaceFirst("\\?", "'" + to + "'")
              : sql.replaceFirst("\\?", "'" + from + "'")
                  .replaceFirst("\\?", "'" + from + "'")
                  .replaceFirst("\\?", "'" + to + "'");
      try (Statement statement = connection.createStatement();
          ResultSet plan = statement.executeQuery("EXPLAIN FORMAT=JSON " + literal)) {
        plan.next();
        String json = plan.getString(1);
        System.out.println("EXPLAIN FORMAT=JSON " + literal);
        System.out.println(json);
        // the access to training_fact (the grouped statement first reads its derived table)
        Matcher access =
            Pattern.compile(
                    "\"table_name\": \"(?:f|training_fact)\",\\s*\"access_type\": \"(\\w+)\""
                        + "(?:(?!\"table_name\").)*?\"key\": \"(\\w+)\"",
                    Pattern.DOTALL)
                .matcher(json);
        boolean found = access.find();
        String type = found ? access.group(1) : "?";
        String used = found ? access.group(2) : null;
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
    List<Double> report = new ArrayList<>();
    long[] totals = new long[5];
    int groups = 0;
    try (PreparedStatement g = connection.prepareStatement(GROUPED);
        PreparedStatement t = connection.prepareStatement(TOTAL);
        PreparedStatement rg = connection.prepareStatement(REPORT_GROUPED);
        PreparedStatement rt = connection.prepareStatement(REPORT_TOTAL)) {
      for (PreparedStatement statement : List.of(g, t)) {
        statement.setString(1, from);
        statement.setString(2, to);
      }
      for (PreparedStatement statement : List.of(rg, rt)) {
        statement.setString(1, from);
        statement.setString(2, from);
        statement.setString(3, to);
      }
      int reportGroups = 0;
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
        reportGroups = 0;
        try (ResultSet rows = rg.executeQuery()) {
          while (rows.next()) {
            reportGroups++;
          }
        }
        try (ResultSet rows = rt.executeQuery()) {
          rows.next();
          totals[2] = rows.getLong(3);
          totals[3] = rows.getLong(1);
          totals[4] = rows.getLong(2);
        }
        long last = System.nanoTime();
        if (run >= WARM_UP) {
          grouped.add((middle - start) / 1e6);
          total.add((end - middle) / 1e6);
          both.add((end - start) / 1e6);
          report.add((last - end) / 1e6);
        }
      }
      if (reportGroups != groups || totals[3] != totals[0] || totals[4] != totals[1]) {
        System.out.printf(
            "FAILED: the endpoint's statements give %d rows, %d people, %d participations%n",
            reportGroups, totals[3], totals[4]);
        System.exit(1);
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
    print("endpoint's SQL with first-time people (keys)", report);
    return totals;
  }

  static void api(
      String base, String token, String from, String to, int runs, long[] totals, String more)
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
                        + "&by=sector,venueCity" + more))
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
    print("GET /api/v1/reports/trained?by=sector,venueCity" + more, times);
  }

  static void print(String what, List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    System.out.printf(
        Locale.ROOT,
        "%-75s %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
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
