package org.capacita.infrastructure.database;

import java.nio.file.Path;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * Connection settings read from MicroProfile Config: {@code capacita.db.url}, {@code .user} and
 * {@code .password} (environment {@code CAPACITA_DB_URL}, ...). Without a URL the embedded H2
 * database lives in {@code capacita.data-dir}. {@code capacita.db.count-statements} (tests and
 * benchmarks only) counts the statements each thread sends (see {@link StatementCounter}).
 */
record DatabaseSettings(String url, String user, String password, boolean countStatements) {

  static DatabaseSettings from(Config config) {
    String dataDir = config.getOptionalValue("capacita.data-dir", String.class).orElse("data");
    String url =
        config
            .getOptionalValue("capacita.db.url", String.class)
            .filter(value -> !value.isBlank())
            .orElseGet(() -> ConfiguredDataSource.embeddedUrl(Path.of(dataDir)));
    String user = config.getOptionalValue("capacita.db.user", String.class).orElse("");
    String password = config.getOptionalValue("capacita.db.password", String.class).orElse("");
    boolean count =
        config.getOptionalValue("capacita.db.count-statements", Boolean.class).orElse(false);
    return new DatabaseSettings(url.trim(), user, password, count);
  }

  boolean isMySql() {
    return url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:");
  }

  String driverClassName() {
    if (isMySql()) {
      return "com.mysql.cj.jdbc.Driver";
    }
    if (url.startsWith("jdbc:h2:")) {
      return "org.h2.Driver";
    }
    throw new IllegalStateException(
        "capacita.db.url must start with jdbc:mysql:, jdbc:mariadb: or jdbc:h2:");
  }

  /** The URL handed to the driver: Connector/J takes jdbc:mysql: only, also for MariaDB. */
  String jdbcUrl() {
    return url.startsWith("jdbc:mariadb:") ? "jdbc:mysql:" + url.substring(13) : url;
  }

  /** Driver properties; values given in the URL itself take precedence. */
  Properties connectionProperties() {
    Properties properties = new Properties();
    if (!user.isEmpty()) {
      properties.setProperty("user", user);
    }
    if (!password.isEmpty()) {
      properties.setProperty("password", password);
    }
    if (isMySql()) {
      properties.setProperty("characterEncoding", "UTF-8");
      properties.setProperty("connectionCollation", "utf8mb4_unicode_ci");
      properties.setProperty("connectionTimeZone", "UTC");
      properties.setProperty("forceConnectionTimeZoneToSession", "true");
      properties.setProperty("connectTimeout", "3000");
      properties.setProperty("rewriteBatchedStatements", "true");
      properties.setProperty("cachePrepStmts", "true");
      properties.setProperty("useServerPrepStmts", "false");
    }
    return properties;
  }

  @Override
  public String toString() {
    return "DatabaseSettings[url=" + url + ", user=" + user + "]";
  }
}
