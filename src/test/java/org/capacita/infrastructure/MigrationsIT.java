package org.capacita.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.capacita.infrastructure.database.MigrationLocations;
import org.capacita.support.TestSettings;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migrations on the database of this test run: a fresh in-memory H2 (LEGACY mode, as the
 * application uses it), or MySQL/MariaDB through Connector/J when {@code capacita.test.db.url} is
 * set (credentials as URL parameters). They must apply cleanly and store any name exactly.
 */
class MigrationsIT {

  private static final String NAME = "Ştefan Ţărână-Müller 😀";

  @Test
  void shouldMigrateAndKeepUnicodeNamesExact() throws SQLException {
    String url = url();
    String[] locations;
    try (Connection connection = DriverManager.getConnection(url)) {
      locations = MigrationLocations.of(connection);
    }
    Flyway flyway = Flyway.configure().dataSource(url, null, null).locations(locations).load();
    MigrateResult result = flyway.migrate();
    assertTrue(result.success);
    assertEquals(0, flyway.migrate().migrationsExecuted, "a second run changes nothing");

    try (Connection connection = DriverManager.getConnection(url)) {
      String username = "u-" + UUID.randomUUID().toString().substring(0, 8);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO account (id, version, username, email, password_hash, status, language,"
                  + " created_at) VALUES (?, 0, ?, ?, 'x', 'ACTIVE', 'es', CURRENT_TIMESTAMP)")) {
        insert.setLong(1, System.nanoTime());
        insert.setString(2, username);
        insert.setString(3, NAME);
        insert.executeUpdate();
      }
      try (PreparedStatement select =
          connection.prepareStatement("SELECT email FROM account WHERE username = ?")) {
        select.setString(1, username);
        try (ResultSet rows = select.executeQuery()) {
          assertTrue(rows.next());
          assertEquals(NAME, rows.getString(1));
        }
      }
      if (url.startsWith("jdbc:mysql:")) {
        assertEveryTableIsUtf8mb4(connection);
        assertKeyColumnsCompareAsBytes(connection);
      }
    }
  }

  @Test
  void shouldGiveThePersonsStoredBeforeTheBlockKeysTheirGivenNameKey() throws SQLException {
    String url = unmigratedUrl();
    String[] locations;
    try (Connection connection = DriverManager.getConnection(url)) {
      locations = MigrationLocations.of(connection);
    }
    Flyway before =
        Flyway.configure()
            .dataSource(url, null, null)
            .locations(locations)
            .target("10")
            .cleanDisabled(false)
            .load();
    before.clean();
    before.migrate();
    long id = System.nanoTime();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(
          "INSERT INTO institution (id, version, name, name_folded, sector_code, country_code)"
              + " VALUES ("
              + id
              + ", 0, 'Posta "
              + id
              + "', 'posta "
              + id
              + "', 'health', 'CL')");
      statement.executeUpdate(
          "INSERT INTO person (id, version, given_names, family_names, sex, institution_id,"
              + " sector_code, work_city_id, work_country_code, search_text, family_key,"
              + " identity_key, created_at) VALUES ("
              + id
              + ", 1, 'Ximena de los Ángeles', 'Vásquez Rojas', 'F', "
              + id
              + ", 'health', 900000001, 'CL', 'x', 'basques', '"
              + String.format("%040d", id)
              + "', CURRENT_TIMESTAMP)");
    }

    assertTrue(
        Flyway.configure()
            .dataSource(url, null, null)
            .locations(locations)
            .load()
            .migrate()
            .success);

    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SELECT given_key FROM person WHERE id = " + id)) {
      assertTrue(row.next());
      assertEquals("jimena anjeles", row.getString(1));
    }
  }

  private static void assertEveryTableIsUtf8mb4(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT table_name, table_collation FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE()")) {
      int tables = 0;
      while (rows.next()) {
        tables++;
        assertTrue(
            rows.getString(2).startsWith("utf8mb4"), rows.getString(1) + ": " + rows.getString(2));
      }
      assertTrue(tables >= 6);
    }
  }

  /** The MySQL-only migration ran: the person keys the import looks up compare as bytes. */
  private static void assertKeyColumnsCompareAsBytes(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT column_name, collation_name FROM information_schema.columns"
                    + " WHERE table_schema = DATABASE() AND table_name = 'person'"
                    + " AND column_name IN ('identity_key', 'family_key', 'given_key', 'national_id_key')"
                    + " ORDER BY column_name")) {
      StringBuilder found = new StringBuilder();
      while (rows.next()) {
        found.append(rows.getString(1)).append('=').append(rows.getString(2)).append(' ');
      }
      assertEquals(
          "family_key=utf8mb4_bin given_key=utf8mb4_bin identity_key=ascii_bin"
              + " national_id_key=utf8mb4_bin",
          found.toString().strip());
    }
  }

  private static String url() {
    return withSettings(System.getProperty("capacita.test.db.url", ""));
  }

  /**
   * A database that the application has not migrated: a new H2, or on MySQL/MariaDB the scratch
   * database of {@code CAPACITA_TEST_MIGRATIONS_DB_URL} (made by {@code .ci/run}), emptied first.
   */
  private static String unmigratedUrl() {
    if (System.getProperty("capacita.test.db.url", "").isBlank()) {
      return url();
    }
    String scratch = System.getenv("CAPACITA_TEST_MIGRATIONS_DB_URL");
    TestSettings.assumeAvailable(
        scratch != null && !scratch.isBlank(),
        "CAPACITA_TEST_MIGRATIONS_DB_URL (a scratch MySQL/MariaDB database the test may empty)");
    return withSettings(scratch);
  }

  private static String withSettings(String configured) {
    if (configured.isBlank()) {
      return "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1";
    }
    String url = configured.replace("jdbc:mariadb:", "jdbc:mysql:");
    return url + (url.contains("?") ? "&" : "?") + "connectionTimeZone=UTC&characterEncoding=UTF-8";
  }
}
