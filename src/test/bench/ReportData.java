import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import org.capacita.infrastructure.database.MigrationLocations;
import org.capacita.people.domain.Names;
import org.capacita.people.domain.Person;
import org.capacita.reports.application.FactRebuildSql;
import org.flywaydb.core.Flyway;

/**
 * The reports' data generator (issue 15), run by report-data.sh: migrates an empty MariaDB (or
 * MySQL) database with the application's own Flyway migrations, then fills it through JDBC
 * (batched INSERTs that Connector/J rewrites into multi-row statements, one connection, the
 * indexes and foreign keys as the migrations made them) with invented but realistic volumes: a
 * registry of officials with Latin American names in institutions of twelve sectors across Chile,
 * Peru, Argentina, Paraguay, Bolivia, Colombia, Ecuador and Brazil; three years of workshops
 * (2023-2025) of six modules, each with 1-3 sessions in those countries' cities, about 25
 * participants, a roll call per session, closure and completions carrying the facts as
 * ClosureRecording copies them (about 80 % complete; people trained 1-3 times); paper pre/post
 * scores in two workshops in five; some online completions; and finally training_fact and
 * training_fact_trainer, deleted and filled as the application rebuilds them (FactRebuildSql, the
 * INSERT ... SELECT of V23 and V25, without merged persons and cancelled workshops). Stops at the requested number of attendance marks. The same
 * arguments give the same rows (fixed seed; no clock read).
 *
 * <p>Not generated: person_search_token (the people search finds no generated person),
 * attendance_change (the marks' audit), certificates, merges.
 *
 * <p>Usage: java -cp target/classes:lib/* ReportData.java attendanceRows jdbcUrl [seed]
 */
public class ReportData {

  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 2);
  private static final int SPAN_DAYS = 3 * 365 - 5;
  private static final int CHUNK_WORKSHOPS = 200;

  /** REPORT_DATA_MODE=insert: batched INSERTs; else (load) LOAD DATA LOCAL INFILE from memory. */
  private static final boolean LOAD =
      !"insert".equals(System.getenv().getOrDefault("REPORT_DATA_MODE", "load"));

  private static final long FIRST_PERSON = 100_000_000L;
  private static final long FIRST_WORKSHOP = 200_000_000L;
  private static final long FIRST_INSTITUTION = 800_000_001L;
  private static final long FIRST_ACCOUNT = 850_000_001L;
  private static final long FIRST_MODULE = 860_000_001L;
  private static final long FIRST_ENROLMENT = 1_000_000_000L;
  private static final long FIRST_MARK = 2_000_000_000L;
  private static final long FIRST_COMPLETION = 3_000_000_000L;
  private static final long FIRST_PAPER_SCORE = 4_000_000_000L;
  private static final long FIRST_CLOSURE = 5_000_000_000L;
  private static final long FIRST_MODULE_ENROLMENT = 6_000_000_000L;

  private static final String[] FEMALE = {
    "María", "Ana", "Camila", "Javiera", "Valentina", "Francisca", "Constanza", "Paula", "Rocío",
    "Lorena", "Carolina", "Daniela", "Fernanda", "Gabriela", "Patricia", "Claudia", "Verónica",
    "Marcela", "Andrea", "Natalia", "Lucía", "Sofía", "Florencia", "Milagros", "Roxana", "Noelia",
    "Liz", "Teresa", "Rosa", "Ximena", "Isidora", "Catalina", "Antonia", "Belén", "Guadalupe",
    "Karina", "Mariela", "Silvia", "Carmen", "Yesenia", "Juana", "Elena"
  };
  private static final String[] MALE = {
    "José", "Luis", "Juan", "Carlos", "Jorge", "Diego", "Matías", "Ignacio", "Sebastián", "Rodrigo",
    "Gustavo", "Gonzalo", "Cristian", "Mauricio", "Pablo", "Tomás", "Benjamín", "Joaquín",
    "Vicente", "Hugo", "Edwin", "Elmer", "Germán", "Ramón", "Héctor", "Raúl", "Fernando",
    "Alejandro", "Miguel", "Andrés", "Felipe", "Óscar", "Wilson", "Freddy", "Marcelo", "Sergio",
    "Rubén", "Esteban", "Julio", "Víctor", "Alberto", "Eduardo"
  };
  private static final String[] FAMILY = {
    "González", "Rodríguez", "Pérez", "Quispe", "Mamani", "Silva", "Rojas", "Flores", "López",
    "Díaz", "Morales", "Gómez", "Fernández", "Martínez", "Sánchez", "Torres", "Ramírez", "Vargas",
    "Castro", "Herrera", "Gutiérrez", "Muñoz", "Soto", "Contreras", "Sepúlveda", "Araya",
    "Fuentes", "Valenzuela", "Espinoza", "Tapia", "Reyes", "Cárdenas", "Huamán", "Condori",
    "Choque", "Giménez", "Benítez", "Insfrán", "Brítez", "Riquelme", "Orellana", "Vergara",
    "Salazar", "Zevallos", "Aguilar", "Medina", "Castillo", "Paredes", "Escobar", "Jara", "Rivera",
    "Navarro", "Cabrera", "Villalba", "Ortiz", "Peralta", "Montaño", "Arce", "Villca", "Lagos",
    "Mendoza", "Cruz", "Vera", "Acosta", "Romero", "Olivares", "Bravo", "Alarcón", "Cortés",
    "Carrasco", "Núñez", "Figueroa", "Miranda", "Leiva", "Sandoval", "Duarte", "Ledesma",
    "Saavedra", "Ticona", "Apaza", "Ccori", "Chávez", "Cáceres", "Ayala", "Ojeda"
  };

  /** Sector code, share of the registry in percent. */
  private static final Object[][] SECTORS = {
    {"health", 28}, {"justice", 8}, {"prosecution", 8}, {"law_enforcement", 15}, {"migration", 10},
    {"labour_inspection", 5}, {"social_services", 8}, {"education", 5}, {"municipal", 4},
    {"ngo", 6}, {"international_organisation", 2}, {"other", 1}
  };

  /** Country, share of the workshops in percent, time zone, neighbours for cross-border seats. */
  private static final Object[][] COUNTRIES = {
    {"CL", 28, "America/Santiago", "PE,BO,AR"},
    {"PE", 20, "America/Lima", "CL,BO,EC,CO"},
    {"AR", 16, "America/Argentina/Buenos_Aires", "PY,CL,BO,BR"},
    {"PY", 10, "America/Asuncion", "AR,BR,BO"},
    {"BO", 10, "America/La_Paz", "PE,CL,AR,PY"},
    {"CO", 8, "America/Bogota", "EC,PE"},
    {"EC", 5, "America/Guayaquil", "CO,PE"},
    {"BR", 3, "America/Sao_Paulo", "PY,AR,BO"}
  };

  /** Code, English and Spanish titles, hours, sectors of its audience, paper tests share. */
  private static final Object[][] MODULES = {
    {"TIP-HEALTH", "Caring for trafficked persons in health services",
      "Atención de salud a personas víctimas de trata", "8", "health,social_services", 20},
    {"MIG-HEALTH", "Migration and health", "Migración y salud", "6",
      "health,social_services,migration", 18},
    {"TIP-JUSTICE", "Investigating and prosecuting trafficking in persons",
      "Investigación y persecución penal de la trata de personas", "12",
      "justice,prosecution,law_enforcement", 22},
    {"TIP-BORDER", "Identifying trafficked persons at borders",
      "Identificación de víctimas de trata en frontera", "8", "migration,law_enforcement", 16},
    {"LAB-EXPLOIT", "Labour exploitation and forced labour", "Explotación laboral y trabajo forzoso",
      "6", "labour_inspection,ngo,prosecution", 10},
    {"CHILD-MOVE", "Protecting children on the move",
      "Protección de niñas, niños y adolescentes en movilidad", "6",
      "social_services,education,municipal,ngo", 14}
  };

  private static final String[] PROJECTS = {
    "Frontera Norte 2023-2025 (J/TIP)", "Salud y migración en el norte de Chile",
    "Triple Frontera sin trata", "Red andina contra la trata de personas",
    "Protección de la niñez migrante", "Inspección laboral y trabajo forzoso"
  };

  private final Random random;
  private final Connection connection;
  private final long rows;
  private final Map<String, Table> tables = new LinkedHashMap<>();

  // reference data, loaded or made first
  private final List<City> cities = new ArrayList<>();
  private final List<List<City>> citiesByCountry = new ArrayList<>();
  private final List<Institution> institutions = new ArrayList<>();
  private final List<List<List<Institution>>> institutionsBy = new ArrayList<>();
  private final List<String> trainerNames = new ArrayList<>();

  // persons, kept as small arrays
  private int persons;
  private byte[] personSex = new byte[1 << 16];
  private int[] personInstitution = new int[1 << 16];
  private int[] personNames = new int[1 << 16];
  private byte[] personRemaining = new byte[1 << 16];
  private final List<List<Integer>> pools = new ArrayList<>();

  private long workshops;
  private long enrolments;
  private long marks;
  private long completions;
  private long paperScores;

  public static void main(String[] args) throws Exception {
    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    long rows = Long.parseLong(args[0].replace("_", ""));
    String url = settled(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 15L;
    long start = System.nanoTime();
    migrate(url);
    System.out.printf(Locale.ROOT, "%-28s %10s %8.1f s%n", "migrations", "", seconds(start));
    try (Connection connection = DriverManager.getConnection(url)) {
      new ReportData(connection, rows, seed).run();
    }
    System.out.printf(Locale.ROOT, "%-28s %10s %8.1f s%n", "TOTAL", "", seconds(start));
  }

  /** The Connector/J settings a bulk load wants, unless the URL already says otherwise. */
  private static String settled(String url) {
    String[][] wanted = {
      {"rewriteBatchedStatements", "true"}, {"useServerPrepStmts", "false"},
      {"characterEncoding", "UTF-8"}, {"connectionTimeZone", "UTC"},
      {"forceConnectionTimeZoneToSession", "true"}, {"cachePrepStmts", "true"},
      {"allowLoadLocalInfile", "true"}
    };
    StringBuilder result = new StringBuilder(url);
    for (String[] setting : wanted) {
      if (!url.contains(setting[0] + "=")) {
        result.append(result.indexOf("?") < 0 ? '?' : '&').append(setting[0]).append('=')
            .append(setting[1]);
      }
    }
    return result.toString();
  }

  private static void migrate(String url) throws SQLException {
    String[] locations;
    try (Connection connection = DriverManager.getConnection(url)) {
      locations = MigrationLocations.of(connection);
    }
    Flyway.configure(ReportData.class.getClassLoader())
        .dataSource(url, null, null)
        .locations(locations)
        .load()
        .migrate();
  }

  private ReportData(Connection connection, long rows, long seed) {
    this.connection = connection;
    this.rows = rows;
    this.random = new Random(seed);
  }

  private void run() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count =
            statement.executeQuery(
                "SELECT (SELECT COUNT(*) FROM person) + (SELECT COUNT(*) FROM workshop)"
                    + " + (SELECT COUNT(*) FROM completion)")) {
      count.next();
      if (count.getLong(1) > 0) {
        throw new IllegalStateException(
            "The database already holds persons, workshops or completions: give an empty one");
      }
    }
    connection.setAutoCommit(false);
    prepare();
    long start = System.nanoTime();
    loadCities();
    writeReference();
    flushAll();
    connection.commit();
    System.out.printf(
        Locale.ROOT,
        "%-28s %10s %8.1f s%n",
        "reference rows",
        String.format(Locale.ROOT, "%,d", institutions.size() + MODULES.length + 80),
        seconds(start));
    start = System.nanoTime();
    List<String> personIndexes = dropPlainIndexes("person");
    while (marks < rows) {
      for (int i = 0; i < CHUNK_WORKSHOPS && marks < rows; i++) {
        workshop();
      }
      flushAll();
      connection.commit();
    }
    onlineCompletions();
    flushAll();
    connection.commit();
    double loaded = seconds(start);
    long indexing = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      for (String index : personIndexes) {
        statement.executeUpdate(index);
      }
    }
    System.out.printf(
        Locale.ROOT, "%-28s %10s %8.1f s%n", "person indexes re-made", "", seconds(indexing));
    double written = 0;
    for (Table table : tables.values()) {
      if (table.rows > 0) {
        System.out.printf(
            Locale.ROOT,
            "  %-26s %,10d %8.1f s%n",
            table.name,
            table.rows,
            table.nanos / 1e9);
        written += table.nanos / 1e9;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%-28s %,10d %8.1f s (%.1f s in INSERTs, the rest making rows and committing)%n",
        "rows written",
        tables.values().stream().mapToLong(t -> t.rows).sum(),
        loaded,
        written);
    start = System.nanoTime();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      // as the application rebuilds it (FactRebuildSql, used by V25 and the admin's rebuild)
      statement.executeUpdate(FactRebuildSql.DELETE_ALL_TRAINERS);
      statement.executeUpdate(FactRebuildSql.DELETE_ALL);
      int facts = statement.executeUpdate(FactRebuildSql.INSERT_ALL);
      System.out.printf(
          Locale.ROOT, "%-28s %,10d %8.1f s%n", "training_fact (INSERT SELECT)", facts,
          seconds(start));
      start = System.nanoTime();
      int labels = statement.executeUpdate(FactRebuildSql.newLabels("1 = 1"));
      statement.executeUpdate(FactRebuildSql.keys("1 = 1"));
      statement.executeUpdate(FactRebuildSql.FIRST_ON_ALL);
      System.out.printf(
          Locale.ROOT, "%-28s %,10d %8.1f s%n", "report_label, keys, first_on", labels,
          seconds(start));
      start = System.nanoTime();
      long trainers = factTrainers();
      System.out.printf(
          Locale.ROOT, "%-28s %,10d %8.1f s%n", "training_fact_trainer", trainers,
          seconds(start));
      start = System.nanoTime();
      statement.execute(
          "ANALYZE TABLE person, workshop, workshop_session, workshop_enrolment, attendance_mark,"
              + " completion, paper_score, training_fact, training_fact_trainer, report_label");
      try (ResultSet ignored = statement.getResultSet()) {
        // the per-table status rows
      }
    }
    System.out.printf(Locale.ROOT, "%-28s %10s %8.1f s%n", "ANALYZE TABLE", "", seconds(start));
    System.out.printf(
        Locale.ROOT,
        "Generated %,d persons (%,d trained), %,d workshops, %,d enrolments, %,d attendance marks,"
            + " %,d completions, %,d paper scores%n",
        persons,
        trainedPersons(),
        workshops,
        enrolments,
        marks,
        completions,
        paperScores);
  }

  /**
   * Drops the table's plain secondary indexes (KEY ix_... in SHOW CREATE TABLE; those of unique
   * keys and those a foreign key needs stay) and returns the statements that make them again, so that rows load
   * without them: with the random identity_key among them, person's indexes outgrow the buffer
   * pool at millions of rows.
   */
  private List<String> dropPlainIndexes(String table) throws SQLException {
    List<String> again = new ArrayList<>();
    try (Statement statement = connection.createStatement()) {
      String create;
      try (ResultSet shown = statement.executeQuery("SHOW CREATE TABLE " + table)) {
        shown.next();
        create = shown.getString(2);
      }
      java.util.regex.Matcher key =
          java.util.regex.Pattern.compile("\\n\\s*KEY `(ix_\\w+)` (\\([^\\n]*\\))").matcher(create);
      while (key.find()) {
        try {
          statement.executeUpdate("ALTER TABLE " + table + " DROP INDEX " + key.group(1));
        } catch (SQLException neededByAForeignKey) {
          continue;
        }
        again.add(
            "ALTER TABLE " + table + " ADD INDEX " + key.group(1) + " " + key.group(2).replaceAll(",$", ""));
      }
    }
    return again;
  }

  /** V25's trainer rows, read and written 50,000 completions at a time. */
  private long factTrainers() throws SQLException {
    connection.setAutoCommit(false);
    Table table = tables.get("training_fact_trainer");
    long written = 0;
    try (PreparedStatement select =
        connection.prepareStatement(
            FactRebuildSql.TRAINERS + " AND c.id >= ? AND c.id < ? ORDER BY c.id")) {
      for (long from = FIRST_COMPLETION; from < FIRST_COMPLETION + completions; from += 50_000) {
        select.setLong(1, from);
        select.setLong(2, from + 50_000);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            for (String trainer : FactRebuildSql.trainers(rows.getString(2))) {
              table.add(rows.getLong(1), trainer);
              written++;
            }
          }
        }
        table.flush();
        connection.commit();
      }
    }
    connection.setAutoCommit(true);
    return written;
  }

  private long trainedPersons() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count =
            statement.executeQuery("SELECT COUNT(DISTINCT person_id) FROM training_fact")) {
      count.next();
      return count.getLong(1);
    }
  }

  // ---------------------------------------------------------------- tables

  private void prepare() throws SQLException {
    table("training_module", "id, version, code, content_version, status, hours, title_en,"
        + " title_es, sectors, languages, lesson_count, pre_test, post_test, pass_mark,"
        + " max_attempts, completion_rule, loaded_at, attendance_threshold, workshop_post_test");
    table("account", "id, version, username, email, password_hash, status, language, created_at");
    table("account_role", "account_id, role");
    table("institution", "id, version, name, name_folded, sector_code, country_code, city_id");
    table("person", "id, version, given_names, family_names, sex, email, national_id,"
        + " national_id_key, institution_id, sector_code, work_city_id, work_country_code,"
        + " search_text, family_key, given_key, identity_key, created_at");
    table("workshop", "id, version, module_id, project, venue_name, city_id, country_code,"
        + " time_zone, capacity, sign_up_mode, status, cancel_reason, first_day, last_day,"
        + " starts_at, enrolled_count, waitlisted_count, next_queue_number, created_by,"
        + " created_at, closed_at, closed_by");
    table("workshop_session", "workshop_id, session_number, session_date, start_time, end_time");
    table("workshop_trainer", "workshop_id, account_id");
    table("workshop_enrolment", "id, version, workshop_id, person_id, status, changed_at,"
        + " created_at");
    table("attendance_mark", "id, version, workshop_id, session_number, person_id, status_code,"
        + " channel, marked_by, marked_at");
    table("paper_score", "id, version, workshop_id, person_id, pre_score, post_score, entered_by,"
        + " entered_at");
    table("module_enrolment", "id, version, person_id, module_id, started_at, lessons_read,"
        + " pre_score, best_post_score, post_attempts, completed_at");
    table("completion", "id, version, person_id, module_code, module_version, route, occasion,"
        + " workshop_id, completed_on, hours, recorded_at, title_en, title_es, first_day,"
        + " last_day, venue_city, venue_region, venue_country, project, trainers,"
        + " attended_hours, sex, sector_code, institution_id, institution_name, work_city,"
        + " work_region, work_country, pre_score, post_score, holder_name");
    table("training_fact_trainer", "completion_id, trainer");
    table("workshop_closure_change", "id, version, workshop_id, action, account_id, changed_at,"
        + " completions_added, completions_removed");
  }

  private void table(String name, String columns) throws SQLException {
    int count = columns.split(",").length;
    String sql =
        "INSERT INTO " + name + " (" + columns + ") VALUES ("
            + String.join(", ", java.util.Collections.nCopies(count, "?")) + ")";
    tables.put(
        name,
        LOAD
            ? new Table(name, columns, null, connection.createStatement())
            : new Table(name, columns, connection.prepareStatement(sql), null));
  }

  private void flushAll() throws SQLException {
    for (Table table : tables.values()) {
      table.flush();
    }
  }

  private Table t(String name) {
    return tables.get(name);
  }

  /**
   * One table's rows on their way: a batched INSERT that Connector/J sends as multi-row
   * statements, or (LOAD mode) tab-separated text sent by LOAD DATA LOCAL INFILE from memory.
   */
  private static final class Table {
    final String name;
    final String columns;
    final PreparedStatement insert;
    final Statement load;
    final StringBuilder text = new StringBuilder(1 << 20);
    long rows;
    long nanos;
    int pending;

    Table(String name, String columns, PreparedStatement insert, Statement load) {
      this.name = name;
      this.columns = columns;
      this.insert = insert;
      this.load = load;
    }

    void add(Object... values) throws SQLException {
      if (load != null) {
        addLine(values);
      } else {
        addBatch(values);
      }
      rows++;
      pending++;
    }

    private void addLine(Object... values) {
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          text.append('\t');
        }
        Object value = values[i];
        if (value == null) {
          text.append("\\N");
        } else if (value instanceof String s) {
          for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            switch (c) {
              case '\t' -> text.append("\\t");
              case '\n' -> text.append("\\n");
              case '\\' -> text.append("\\\\");
              default -> text.append(c);
            }
          }
        } else if (value instanceof Boolean b) {
          text.append(b ? '1' : '0');
        } else if (value instanceof LocalDateTime d) {
          text.append(d.toLocalDate()).append(' ').append(d.toLocalTime());
        } else if (value instanceof BigDecimal b) {
          text.append(b.toPlainString());
        } else {
          text.append(value);
        }
      }
      text.append('\n');
    }

    private void addBatch(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        Object value = values[i];
        int index = i + 1;
        if (value == null) {
          insert.setNull(index, Types.VARCHAR);
        } else if (value instanceof Long l) {
          insert.setLong(index, l);
        } else if (value instanceof Integer n) {
          insert.setInt(index, n);
        } else if (value instanceof String s) {
          insert.setString(index, s);
        } else if (value instanceof LocalDate d) {
          insert.setDate(index, java.sql.Date.valueOf(d));
        } else if (value instanceof LocalDateTime d) {
          insert.setTimestamp(index, Timestamp.valueOf(d));
        } else if (value instanceof LocalTime time) {
          insert.setTime(index, java.sql.Time.valueOf(time));
        } else if (value instanceof BigDecimal b) {
          insert.setBigDecimal(index, b);
        } else if (value instanceof Boolean b) {
          insert.setBoolean(index, b);
        } else {
          throw new IllegalArgumentException(value.getClass().getName());
        }
      }
      insert.addBatch();
    }

    void flush() throws SQLException {
      if (pending > 0) {
        long start = System.nanoTime();
        if (load != null) {
          byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
          text.setLength(0);
          load.unwrap(com.mysql.cj.jdbc.JdbcStatement.class)
              .setLocalInfileInputStream(new java.io.ByteArrayInputStream(bytes));
          load.execute(
              "LOAD DATA LOCAL INFILE 'rows' INTO TABLE " + name + " CHARACTER SET utf8mb4 ("
                  + columns + ")");
        } else {
          insert.executeBatch();
        }
        nanos += System.nanoTime() - start;
        pending = 0;
      }
    }
  }

  // ---------------------------------------------------------------- reference data

  private record City(long id, int country, String region, String name) {}

  private record Institution(int index, long id, String name, int sector, City city) {}

  private void loadCities() throws SQLException {
    for (int c = 0; c < COUNTRIES.length; c++) {
      citiesByCountry.add(new ArrayList<>());
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT id, country_code, region_code, name FROM city ORDER BY id")) {
      while (rows.next()) {
        int country = countryIndex(rows.getString(2));
        if (country >= 0) {
          City city = new City(rows.getLong(1), country, rows.getString(3), rows.getString(4));
          cities.add(city);
          citiesByCountry.get(country).add(city);
        }
      }
    }
  }

  private static int countryIndex(String code) {
    for (int c = 0; c < COUNTRIES.length; c++) {
      if (COUNTRIES[c][0].equals(code)) {
        return c;
      }
    }
    return -1;
  }

  private static int sectorIndex(String code) {
    for (int s = 0; s < SECTORS.length; s++) {
      if (SECTORS[s][0].equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException(code);
  }

  private void writeReference() throws SQLException {
    LocalDateTime loaded = LocalDateTime.of(2022, 12, 1, 12, 0);
    for (int m = 0; m < MODULES.length; m++) {
      Object[] module = MODULES[m];
      t("training_module").add(FIRST_MODULE + m, 1L, module[0], 1, "PUBLISHED",
          new BigDecimal((String) module[3]), module[1], module[2], module[4], "en,es", 6, true,
          true, 70, 3, "LESSONS_AND_POSTTEST", loaded, 80, false);
    }
    for (int a = 0; a < 80; a++) {
      boolean female = a % 2 == 0;
      String given = female ? FEMALE[random.nextInt(FEMALE.length)] : MALE[random.nextInt(MALE.length)];
      String family = FAMILY[random.nextInt(FAMILY.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
      trainerNames.add(given + " " + family);
      String username = String.format(Locale.ROOT, "trainer%02d.bench", a + 1);
      // no password hash can match: these accounts exist to be named, not to sign in
      t("account").add(FIRST_ACCOUNT + a, 1L, username, username + "@bench.example.org",
          "disabled", "DISABLED", "es", loaded);
      t("account_role").add(FIRST_ACCOUNT + a, "TRAINER");
    }
    for (int c = 0; c < COUNTRIES.length; c++) {
      List<List<Institution>> bySector = new ArrayList<>();
      for (int s = 0; s < SECTORS.length; s++) {
        bySector.add(new ArrayList<>());
      }
      institutionsBy.add(bySector);
      List<City> here = citiesByCountry.get(c);
      for (int k = 0; k < here.size(); k++) {
        City city = here.get(k);
        // the first cities (the larger ones in V3's order) hold more institutions
        int scale = k < 3 ? 3 : (k < 8 ? 2 : 1);
        for (int s = 0; s < SECTORS.length; s++) {
          int share = (Integer) SECTORS[s][1];
          int count = Math.max(1, scale * share / 8);
          for (int n = 1; n <= count; n++) {
            String name = institutionName(s, city, n);
            Institution institution =
                new Institution(
                    institutions.size(), FIRST_INSTITUTION + institutions.size(), name, s, city);
            institutions.add(institution);
            bySector.get(s).add(institution);
            t("institution").add(institution.id(), 1L, name, Names.fold(name),
                SECTORS[s][0], COUNTRIES[c][0], city.id());
          }
        }
      }
    }
    for (int p = 0; p < COUNTRIES.length * SECTORS.length; p++) {
      pools.add(new ArrayList<>());
    }
  }

  private String institutionName(int sector, City city, int n) {
    String code = (String) SECTORS[sector][0];
    String at = city.name();
    String number = n == 1 ? "" : " N.º " + n;
    String surname = FAMILY[(int) ((city.id() * 31 + n) % FAMILY.length)];
    return switch (code) {
      case "health" -> n == 1 ? "Hospital Regional de " + at : "Centro de Salud" + number + " de " + at;
      case "justice" -> n == 1 ? "Juzgado de Garantía de " + at : "Juzgado Penal" + number + " de " + at;
      case "prosecution" -> "Fiscalía" + (n == 1 ? " Regional" : number) + " de " + at;
      case "law_enforcement" -> n == 1
          ? "Brigada contra la Trata de Personas de " + at
          : "Comisaría" + number + " de " + at;
      case "migration" -> "Oficina de Migraciones" + number + " de " + at;
      case "labour_inspection" -> "Inspección del Trabajo" + number + " de " + at;
      case "social_services" -> "Oficina de Protección de Derechos" + number + " de " + at;
      case "education" -> "Liceo" + number + " " + surname + " de " + at;
      case "municipal" -> "Municipalidad de " + at + number;
      case "ngo" -> "Fundación " + surname + number + " de " + at;
      case "international_organisation" -> "Organismo internacional, oficina" + number + " de " + at;
      default -> "Otra institución" + number + " de " + at;
    };
  }

  // ---------------------------------------------------------------- persons

  /** A participant for a seat: someone trained before (about two seats in five) or a new person. */
  private int participant(int country, int sector, LocalDate day, Set<Integer> taken)
      throws SQLException {
    List<Integer> pool = pools.get(country * SECTORS.length + sector);
    if (!pool.isEmpty() && random.nextInt(100) < 41) {
      int index = random.nextInt(pool.size());
      int person = pool.get(index);
      if (!taken.contains(person)) {
        if (--personRemaining[person] == 0) {
          pool.set(index, pool.get(pool.size() - 1));
          pool.remove(pool.size() - 1);
        }
        return person;
      }
    }
    int person = newPerson(country, sector, day);
    int times = weighted(50, 30, 20) + 1;
    if (times > 1) {
      personRemaining[person] = (byte) (times - 1);
      pool.add(person);
    }
    return person;
  }

  private int newPerson(int country, int sector, LocalDate day) throws SQLException {
    int person = persons++;
    if (person == personSex.length) {
      int size = personSex.length * 2;
      personSex = Arrays.copyOf(personSex, size);
      personInstitution = Arrays.copyOf(personInstitution, size);
      personNames = Arrays.copyOf(personNames, size);
      personRemaining = Arrays.copyOf(personRemaining, size);
    }
    int draw = random.nextInt(1000);
    char sex = draw < 545 ? 'F' : (draw < 997 ? 'M' : 'X');
    String[] givenNames = sex == 'M' || (sex == 'X' && random.nextBoolean()) ? MALE : FEMALE;
    int given1 = random.nextInt(givenNames.length);
    int given2 = random.nextInt(3) == 0 ? random.nextInt(givenNames.length) : given1;
    int family1 = skewed();
    int family2 = random.nextInt(FAMILY.length);
    List<Institution> here = institutionsBy.get(country).get(sector);
    int institution = here.get(skewedIndex(here.size())).index();
    personSex[person] = (byte) sex;
    personInstitution[person] = institution;
    personNames[person] =
        (((givenNames == MALE ? 1 : 0) * 64 + given1) * 64 + given2) * 128 * 128
            + family1 * 128 + family2;
    String given = givenNames(person);
    String family = familyNames(person);
    Institution inst = institutions.get(institution);
    long id = FIRST_PERSON + person;
    String email =
        random.nextInt(5) < 3
            ? Names.fold(given).split(" ")[0] + "." + Names.fold(family).split(" ")[0] + "."
                + person + "@correo.example.org"
            : null;
    String nationalId = random.nextInt(5) < 2 ? Long.toString(10_000_000L + person) : null;
    String nationalIdKey = nationalId == null ? null : Names.normalizeNationalId(nationalId);
    String searchText =
        java.util.stream.Stream.of(given + " " + family, email, nationalIdKey, inst.name())
            .filter(s -> s != null)
            .map(Names::fold)
            .collect(Collectors.joining(" | "));
    t("person").add(id, 1L, given, family, String.valueOf(sex), email, nationalId, nationalIdKey,
        inst.id(), SECTORS[sector][0], inst.city().id(), COUNTRIES[country][0],
        searchText.length() > 700 ? searchText.substring(0, 700) : searchText,
        Person.blockKey(family), Person.givenKeyOf(given),
        Person.identityKeyOf((String) COUNTRIES[country][0], given, family, inst.name()),
        day.minusDays(1 + random.nextInt(90)).atTime(12, 0));
    return person;
  }

  private String givenNames(int person) {
    int packed = personNames[person] / (128 * 128);
    String[] names = packed / (64 * 64) == 1 ? MALE : FEMALE;
    int given1 = (packed / 64) % 64;
    int given2 = packed % 64;
    return given1 == given2 ? names[given1] : names[given1] + " " + names[given2];
  }

  private String familyNames(int person) {
    int packed = personNames[person] % (128 * 128);
    return FAMILY[packed / 128] + " " + FAMILY[packed % 128];
  }

  // ---------------------------------------------------------------- workshops

  private void workshop() throws SQLException {
    long id = FIRST_WORKSHOP + workshops++;
    int module = weightedIndex(MODULES, 5);
    Object[] mod = MODULES[module];
    int country = weightedIndex(COUNTRIES, 1);
    List<City> here = citiesByCountry.get(country);
    City city = here.get(skewedIndex(here.size()));
    int sessions = weighted(25, 50, 25) + 1;
    LocalDate first = weekday(FIRST_DAY.plusDays(
        Math.max(0, Math.min(SPAN_DAYS, (long) ((double) marks / rows * SPAN_DAYS) + random.nextInt(7) - 3))));
    List<LocalDate> days = new ArrayList<>();
    LocalDate day = first;
    for (int s = 0; s < sessions; s++) {
      days.add(day);
      day = weekday(day.plusDays(1));
    }
    LocalDate last = days.get(days.size() - 1);
    BigDecimal hours = new BigDecimal((String) mod[3]);
    BigDecimal sessionHours = hours.divide(BigDecimal.valueOf(sessions), 1, java.math.RoundingMode.HALF_UP);
    LocalTime startTime = LocalTime.of(9, 0);
    LocalTime endTime = startTime.plusMinutes(sessionHours.multiply(BigDecimal.valueOf(60)).longValue());
    ZoneId zone = ZoneId.of((String) COUNTRIES[country][2]);
    LocalDateTime startsAt =
        first.atTime(startTime).atZone(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    boolean cancelled = random.nextInt(100) < 3;
    int seats = cancelled ? 0 : 15 + random.nextInt(21);
    int trainer1 = random.nextInt(trainerNames.size());
    int trainer2 = random.nextInt(3) == 0 ? (trainer1 + 1 + random.nextInt(79)) % 80 : -1;
    String project = random.nextInt(10) == 0 ? null : PROJECTS[(module + country + random.nextInt(2)) % PROJECTS.length];
    String venue =
        institutionsBy.get(country).get(sectorIndex(((String) mod[4]).split(",")[0])).get(0)
                .name().replaceFirst(" de .*$", "") + ", " + city.name();
    if (venue.length() > 255) {
      venue = venue.substring(0, 255);
    }
    LocalDateTime created = first.minusDays(30 + random.nextInt(30)).atTime(14, 0);
    LocalDateTime closed = last.plusDays(1 + random.nextInt(3)).atTime(16, 30);
    long trainerAccount = FIRST_ACCOUNT + trainer1;
    t("workshop").add(id, 2L, FIRST_MODULE + module, project, venue, city.id(), COUNTRIES[country][0],
        zone.getId(), Math.max(30, seats), "OPEN", cancelled ? "CANCELLED" : "CLOSED",
        cancelled ? "Suspendido por falta de inscritos" : null, first, last, startsAt, seats, 0, 1,
        trainerAccount, created, cancelled ? null : closed, cancelled ? null : trainerAccount);
    for (int s = 0; s < sessions; s++) {
      t("workshop_session").add(id, s + 1, days.get(s), startTime, endTime);
    }
    t("workshop_trainer").add(id, trainerAccount);
    String trainers = trainerNames.get(trainer1);
    if (trainer2 >= 0) {
      t("workshop_trainer").add(id, FIRST_ACCOUNT + trainer2);
      trainers += "; " + trainerNames.get(trainer2);
    }
    if (cancelled) {
      return;
    }
    String[] audience = ((String) mod[4]).split(",");
    String[] neighbours = ((String) COUNTRIES[country][3]).split(",");
    boolean paper = random.nextInt(5) < 2;
    Set<Integer> taken = new HashSet<>();
    int added = 0;
    for (int seat = 0; seat < seats; seat++) {
      int from = random.nextInt(10) == 0 ? countryIndex(neighbours[random.nextInt(neighbours.length)]) : country;
      int sector = random.nextInt(4) == 0
          ? weightedIndex(SECTORS, 1)
          : sectorIndex(audience[random.nextInt(audience.length)]);
      int person = participant(from, sector, first, taken);
      taken.add(person);
      long personId = FIRST_PERSON + person;
      t("workshop_enrolment").add(FIRST_ENROLMENT + enrolments++, 2L, id, personId,
          random.nextInt(20) == 0 ? "WALK_IN" : "ENROLLED", created.plusDays(5), created.plusDays(5));
      boolean completes = random.nextInt(100) < 80;
      int missed = completes ? 0 : (sessions == 1 ? 1 : 1 + random.nextInt(sessions));
      Set<Integer> absent = new HashSet<>();
      while (absent.size() < missed) {
        absent.add(random.nextInt(sessions));
      }
      int attended = 0;
      for (int s = 0; s < sessions; s++) {
        boolean here2 = !absent.contains(s);
        String status = here2
            ? (random.nextInt(10) == 0 ? "LATE" : "PRESENT")
            : (random.nextInt(10) < 3 ? "EXCUSED" : "ABSENT");
        if (here2) {
          attended++;
        }
        int channel = random.nextInt(20);
        t("attendance_mark").add(FIRST_MARK + marks++, 1L, id, s + 1, personId, status,
            channel < 17 ? "ROLL_CALL" : (channel < 19 ? "QR" : "PAPER_IMPORT"), trainerAccount,
            days.get(s).atTime(startTime).plusMinutes(random.nextInt(40)));
      }
      Integer pre = null;
      Integer post = null;
      if (paper) {
        pre = clamp((int) Math.round(55 + random.nextGaussian() * 15));
        post = absent.contains(sessions - 1) ? null : clamp(pre + (int) Math.round(18 + random.nextGaussian() * 10));
        t("paper_score").add(FIRST_PAPER_SCORE + paperScores++, 1L, id, personId, pre, post,
            trainerAccount, last.atTime(18, 0));
      }
      if (completes) {
        completion(person, module, id, first, last, city, project, trainers,
            sessionHours.multiply(BigDecimal.valueOf(attended)), pre, post, closed);
        added++;
      }
    }
    t("workshop_closure_change").add(FIRST_CLOSURE + workshops, 1L, id, "CLOSED", trainerAccount,
        closed, added, 0);
  }

  private void completion(int person, int module, Long workshop, LocalDate first, LocalDate last,
      City venue, String project, String trainers, BigDecimal attendedHours, Integer pre,
      Integer post, LocalDateTime recorded) throws SQLException {
    Object[] mod = MODULES[module];
    Institution inst = institutions.get(personInstitution[person]);
    t("completion").add(FIRST_COMPLETION + completions++, 1L, FIRST_PERSON + person, mod[0], 1,
        workshop == null ? "ONLINE" : "WORKSHOP", workshop == null ? "online" : workshop.toString(),
        workshop, last, new BigDecimal((String) mod[3]), recorded, mod[1], mod[2], first, last,
        venue == null ? null : venue.name(), venue == null ? null : venue.region(),
        venue == null ? null : COUNTRIES[venue.country()][0], project, trainers, attendedHours,
        String.valueOf((char) personSex[person]), SECTORS[inst.sector()][0], inst.id(), inst.name(),
        inst.city().name(), inst.city().region(), COUNTRIES[inst.city().country()][0], pre, post,
        givenNames(person) + " " + familyNames(person));
  }

  /** About one completion in twelve is online: a module read and its post-test passed alone. */
  private void onlineCompletions() throws SQLException {
    long wanted = completions / 12;
    Set<Long> done = new HashSet<>();
    long enrolment = FIRST_MODULE_ENROLMENT;
    for (long n = 0; n < wanted; n++) {
      int person = random.nextInt(persons);
      int module = weightedIndex(MODULES, 5);
      if (!done.add((long) person * MODULES.length + module)) {
        continue;
      }
      LocalDate completed = FIRST_DAY.plusDays(random.nextInt(SPAN_DAYS));
      LocalDate started = completed.minusDays(random.nextInt(30));
      int pre = clamp((int) Math.round(50 + random.nextGaussian() * 15));
      int post = Math.max(70, clamp(pre + (int) Math.round(20 + random.nextGaussian() * 10)));
      LocalDateTime at = completed.atTime(10 + random.nextInt(10), random.nextInt(60));
      t("module_enrolment").add(enrolment++, 3L, FIRST_PERSON + person, FIRST_MODULE + module,
          started.atTime(9, 0), 6, pre, post, 1 + random.nextInt(2), at);
      completion(person, module, null, started, completed, null, null, null, null, pre, post, at);
      if (n % 5_000 == 4_999) {
        flushAll();
        connection.commit();
      }
    }
    flushAll();
  }

  // ---------------------------------------------------------------- chance

  private static LocalDate weekday(LocalDate day) {
    DayOfWeek d = day.getDayOfWeek();
    return d == DayOfWeek.SATURDAY ? day.plusDays(2) : (d == DayOfWeek.SUNDAY ? day.plusDays(1) : day);
  }

  private static int clamp(int score) {
    return Math.max(0, Math.min(100, score));
  }

  private int weighted(int... weights) {
    int total = Arrays.stream(weights).sum();
    int draw = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      draw -= weights[i];
      if (draw < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private int weightedIndex(Object[][] rows, int column) {
    return weighted(Arrays.stream(rows).mapToInt(r -> (Integer) r[column]).toArray());
  }

  /** The ten commonest family names half the time. */
  private int skewed() {
    return random.nextBoolean() ? random.nextInt(10) : random.nextInt(FAMILY.length);
  }

  /** An index favouring the first entries (larger cities, main institutions). */
  private int skewedIndex(int size) {
    double u = random.nextDouble();
    return Math.min(size - 1, (int) (size * u * u));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
