package org.capacita.infrastructure.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Where Flyway finds the migrations for a database: {@code db/migration} for every database, plus
 * {@code db/mysql} on MySQL and MariaDB for what only they can express (per-column character sets).
 * Versions are shared, so a MySQL-only migration takes a number no common one uses.
 */
public final class MigrationLocations {

  static final String COMMON = "classpath:db/migration";
  static final String MYSQL = "classpath:db/mysql";

  private MigrationLocations() {}

  public static String[] of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("mysql") || product.contains("mariadb")
        ? new String[] {COMMON, MYSQL}
        : new String[] {COMMON};
  }
}
