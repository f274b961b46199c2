import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.capacita.people.domain.Names;
import org.capacita.people.domain.SearchWord;

/**
 * The people search at scale (issue 14), run by search.sh: fills the registry of a running
 * application's MariaDB database with invented persons (server-prepared multi-row INSERTs into
 * person and person_search_token, the rows computed by the project's own SearchWord.tokensOf and
 * SearchWord.of), then times GET /api/v1/people?q= through the API for queries that find
 * people and queries that find nobody, and prints p50/p95/max per kind.
 *
 * <p>Usage: java -cp target/classes:connector.jar SearchBench.java jdbcUrl persons baseUrl token
 * requests
 */
public class SearchBench {

  private static final String[] GIVEN = {
    "Camila", "Javiera", "Matías", "Valentina", "Ignacio", "Paula", "Diego", "Fernanda", "Tomás",
    "Antonia", "Benjamín", "Isidora", "Joaquín", "Catalina", "Vicente", "Ximena", "Sofía", "María",
    "José", "Luis", "Rosa", "Milagros", "Edwin", "Hugo", "Elmer", "Noelia", "Florencia", "Germán",
    "Ramón", "Liz", "Carla", "Andrea", "Gonzalo", "Rodrigo", "Lucía", "Natalia", "Héctor", "Raúl",
    "Marcela", "Patricia", "Verónica", "Cristian", "Claudia", "Jorge", "Ana", "Juan", "Pablo",
    "Teresa", "Roxana", "Mauricio"
  };
  private static final String[] FAMILY = {
    "González", "Rodríguez", "Pérez", "Quispe", "Mamani", "Silva", "Rojas", "Flores", "López",
    "Díaz", "Morales", "Gómez", "Fernández", "Martínez", "Sánchez", "Torres", "Ramírez", "Vargas",
    "Castro", "Herrera", "Gutiérrez", "Muñoz", "Soto", "Contreras", "Sepúlveda", "Araya", "Fuentes",
    "Valenzuela", "Espinoza", "Tapia", "Reyes", "Cárdenas", "Huamán", "Condori", "Choque",
    "Gonçalves", "Ferreira", "Oliveira", "Souza", "Pereira", "Giménez", "Benítez", "Insfrán",
    "Brítez", "Riquelme", "Orellana", "Vergara", "Salazar", "Zevallos", "Aguilar", "Medina",
    "Castillo", "Paredes", "Escobar", "Jara", "Rivera", "Navarro", "Cabrera", "Villalba", "Ortiz",
    "Peralta", "Montaño", "Arce", "Villca", "Lagos", "Mendoza", "Cruz", "Vera", "Acosta", "Romero",
    "Olivares", "Bravo", "Alarcón", "Cortés", "Carrasco", "Núñez", "Figueroa", "Miranda", "Leiva",
    "Sandoval"
  };
  private static final String[] KINDS = {
    "Hospital", "CESFAM", "Fiscalía Local", "Juzgado de Garantía", "Comisaría", "Oficina de Protección de Derechos",
    "Dirección del Trabajo", "Liceo", "Municipalidad", "Fundación"
  };
  private static final int INSTITUTIONS = 2_000;
  private static final long FIRST_INSTITUTION = 800_000_001L;
  private static final long FIRST_PERSON = 100_000_000L;
  private static final int PERSONS_PER_STATEMENT = 100;
  private static final int TOKENS_PER_STATEMENT = 1_000;

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int persons = Integer.parseInt(args[1]);
    String base = args[2];
    String token = args[3];
    int requests = Integer.parseInt(args[4]);
    if (persons > 0) { // 0: measure a database filled before (search.sh with SEARCH_KEEP=1)
      try (Connection connection = DriverManager.getConnection(url)) {
        fill(connection, persons);
      }
    }
    measure(base, token, requests);
  }

  private static String institution(int i) {
    return KINDS[i % KINDS.length] + " " + FAMILY[(i / KINDS.length) % FAMILY.length] + " " + (i + 1);
  }

  private static void fill(Connection connection, int persons) throws SQLException {
    long start = System.nanoTime();
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO institution (id, version, name, name_folded, sector_code, country_code,"
                + " city_id) VALUES (?, 1, ?, ?, 'health', 'CL', 900000001)")) {
      for (int i = 0; i < INSTITUTIONS; i++) {
        insert.setLong(1, FIRST_INSTITUTION + i);
        insert.setString(2, institution(i));
        insert.setString(3, Names.fold(institution(i)));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    connection.commit();
    String personSql =
        "INSERT INTO person (id, version, given_names, family_names, sex, email, phone,"
            + " national_id, national_id_key, institution_id, sector_code, position_title,"
            + " work_city_id, work_country_code, search_text, family_key, given_key,"
            + " identity_key, created_at) VALUES "
            + String.join(
                ", ",
                Collections.nCopies(
                    PERSONS_PER_STATEMENT,
                    "(?, 1, ?, ?, ?, ?, NULL, ?, ?, ?, 'health', NULL, 900000001, 'CL', ?, ?, ?, ?, ?)"));
    String tokenSql =
        "INSERT INTO person_search_token (person_id, token, sort_key, words) VALUES "
            + String.join(", ", Collections.nCopies(TOKENS_PER_STATEMENT, "(?, ?, ?, ?)"));
    Random random = new Random(14);
    Timestamp now = new Timestamp(System.currentTimeMillis());
    List<Object[]> tokens = new ArrayList<>();
    long tokenRows = 0;
    try (PreparedStatement person = connection.prepareStatement(personSql);
        PreparedStatement word = connection.prepareStatement(tokenSql)) {
      int index = 1;
      for (int n = 0; n < persons; n++) {
        long id = FIRST_PERSON + n;
        String given = GIVEN[random.nextInt(GIVEN.length)];
        if (random.nextInt(3) == 0) {
          given += " " + GIVEN[random.nextInt(GIVEN.length)];
        }
        String family =
            FAMILY[skewed(random)] + " " + FAMILY[random.nextInt(FAMILY.length)];
        String email =
            random.nextInt(3) == 0
                ? null
                : Names.fold(given).split(" ")[0] + "." + Names.fold(family).split(" ")[0] + n
                    + "@example.org";
        String nationalId = random.nextInt(5) < 2 ? Long.toString(10_000_000L + n) : null;
        int inst = random.nextInt(INSTITUTIONS);
        String institution = institution(inst);
        person.setLong(index++, id);
        person.setString(index++, given);
        person.setString(index++, family);
        person.setString(index++, random.nextBoolean() ? "F" : "M");
        setText(person, index++, email);
        setText(person, index++, nationalId);
        setText(person, index++, nationalId);
        person.setLong(index++, FIRST_INSTITUTION + inst);
        person.setString(
            index++,
            Arrays.asList(given + " " + family, email, nationalId, institution).stream()
                .filter(t -> t != null)
                .map(Names::fold)
                .collect(Collectors.joining(" | ")));
        person.setString(index++, Names.soundKey(Names.nameTokens(family).get(0)));
        person.setString(
            index++,
            Names.nameTokens(given).stream().map(Names::soundKey).collect(Collectors.joining(" ")));
        person.setString(index++, String.format("%040x", id * 0x9E3779B97F4A7C15L & Long.MAX_VALUE));
        person.setTimestamp(index++, now);
        for (SearchWord t :
            SearchWord.of(
                SearchWord.tokensOf(given, family, email, nationalId, institution),
                given,
                family)) {
          tokens.add(new Object[] {id, t});
        }
        if ((n + 1) % PERSONS_PER_STATEMENT == 0) {
          person.executeUpdate();
          index = 1;
          while (tokens.size() >= TOKENS_PER_STATEMENT) {
            List<Object[]> chunk = tokens.subList(0, TOKENS_PER_STATEMENT);
            int i = 1;
            for (Object[] row : chunk) {
              i = bind(word, i, row);
            }
            word.executeUpdate();
            tokenRows += TOKENS_PER_STATEMENT;
            chunk.clear();
          }
        }
        if ((n + 1) % 50_000 == 0) {
          connection.commit();
          System.out.printf(Locale.ROOT, "  %,d persons stored%n", n + 1);
        }
      }
    }
    try (PreparedStatement word =
        connection.prepareStatement(
            "INSERT INTO person_search_token (person_id, token, sort_key, words)"
                + " VALUES (?, ?, ?, ?)")) {
      for (Object[] row : tokens) {
        bind(word, 1, row);
        word.addBatch();
        tokenRows++;
      }
      word.executeBatch();
    }
    connection.commit();
    try (Statement analyze = connection.createStatement()) {
      analyze.execute("ANALYZE TABLE person, person_search_token");
    }
    connection.setAutoCommit(true);
    try (Statement count = connection.createStatement();
        ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM person")) {
      rows.next();
      System.out.printf(
          Locale.ROOT,
          "Filled %,d persons (%,d in the table) and %,d search words in %.0f s%n",
          persons,
          rows.getLong(1),
          tokenRows,
          (System.nanoTime() - start) / 1e9);
    }
  }

  /** The first family name: the commonest ten half the time. */
  private static int skewed(Random random) {
    return random.nextBoolean() ? random.nextInt(10) : random.nextInt(FAMILY.length);
  }

  /** Binds a row of person_search_token (person_id, token, sort_key, words) from index i on. */
  private static int bind(PreparedStatement statement, int i, Object[] row) throws SQLException {
    SearchWord word = (SearchWord) row[1];
    statement.setLong(i++, (Long) row[0]);
    statement.setString(i++, word.getToken());
    statement.setString(i++, word.getSortKey());
    statement.setString(i++, word.getWords());
    return i;
  }

  private static void setText(PreparedStatement statement, int index, String value)
      throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.VARCHAR);
    } else {
      statement.setString(index, value);
    }
  }

  private static void measure(String base, String token, int requests) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    Random random = new Random(41);
    String[][] kinds = new String[4][requests];
    for (int i = 0; i < requests; i++) {
      // a full name: given name and both family names
      kinds[0][i] =
          GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[skewed(random)] + " "
              + FAMILY[random.nextInt(FAMILY.length)];
      // beginnings of words, as typed in the search box: "gonz rosa"
      String family = Names.fold(FAMILY[skewed(random)]);
      kinds[1][i] = family.substring(0, Math.min(4, family.length())) + " "
          + Names.fold(GIVEN[random.nextInt(GIVEN.length)]);
      // a national ID
      kinds[2][i] = Long.toString(10_000_000L + random.nextInt(200_000) * 5L);
      // nobody: a known name with an unknown word, or an unknown word alone
      kinds[3][i] =
          i % 2 == 0
              ? GIVEN[random.nextInt(GIVEN.length)] + " zq" + Integer.toString(random.nextInt(1 << 20), 36)
              : "xw" + Integer.toString(random.nextInt(1 << 20), 36);
    }
    String[] names = {"found: full name", "found: word beginnings", "found: national ID", "not found"};
    for (int warm = 0; warm < 20; warm++) {
      get(client, base, token, kinds[warm % 4][warm]);
    }
    for (int k = 0; k < kinds.length; k++) {
      long[] millis = new long[requests];
      long totals = 0;
      for (int i = 0; i < requests; i++) {
        long start = System.nanoTime();
        long total = get(client, base, token, kinds[k][i]);
        millis[i] = (System.nanoTime() - start) / 1_000_000;
        totals += total;
        if (k == 3 && total != 0) {
          throw new IllegalStateException("found " + total + " for " + kinds[k][i]);
        }
      }
      Arrays.sort(millis);
      System.out.printf(
          Locale.ROOT,
          "%-24s %d requests: p50 %d ms, p95 %d ms, max %d ms (mean total %,d)%n",
          names[k],
          requests,
          millis[requests / 2],
          millis[(int) Math.ceil(requests * 0.95) - 1],
          millis[requests - 1],
          totals / requests);
    }
  }

  private static long get(HttpClient client, String base, String token, String query)
      throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(
                    URI.create(
                        base + "/api/v1/people?size=50&q="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.statusCode() + " " + response.body());
    }
    String body = response.body();
    int at = body.lastIndexOf("\"total\":");
    return Long.parseLong(body.substring(at + 8).replaceAll("[^0-9].*$", ""));
  }
}
