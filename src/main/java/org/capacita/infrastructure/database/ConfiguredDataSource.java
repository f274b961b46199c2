package org.capacita.infrastructure.database;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The physical data source behind the application's connection pool. It reads {@code capacita.db.*}
 * from MicroProfile Config and picks the JDBC driver from the URL, so that the same build runs on
 * the embedded H2 database or on MySQL/MariaDB through Connector/J without a rebuild.
 */
public class ConfiguredDataSource implements DataSource {

  private volatile DatabaseSettings settings;
  private volatile Driver driver;
  private int loginTimeout;

  @Override
  public Connection getConnection() throws SQLException {
    DatabaseSettings current = settings();
    Properties properties = current.connectionProperties();
    Connection connection = driver(current).connect(current.jdbcUrl(), properties);
    if (connection == null) {
      throw new SQLException("No JDBC driver accepts the configured URL (capacita.db.url)");
    }
    return current.countStatements() ? StatementCounter.counting(connection) : connection;
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  private DatabaseSettings settings() {
    if (settings == null) {
      Config config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
      settings = DatabaseSettings.from(config);
    }
    return settings;
  }

  private Driver driver(DatabaseSettings current) throws SQLException {
    if (driver == null) {
      try {
        Class<?> type =
            Class.forName(
                current.driverClassName(), true, ConfiguredDataSource.class.getClassLoader());
        driver = (Driver) type.getDeclaredConstructor().newInstance();
      } catch (ReflectiveOperationException e) {
        throw new SQLException("JDBC driver not available: " + current.driverClassName(), e);
      }
    }
    return driver;
  }

  /**
   * The H2 URL used when no {@code capacita.db.url} is configured. Row locks wait up to 20 s: H2's
   * default of 1 s is too short for a burst of sign-ups queuing on one workshop row.
   */
  static String embeddedUrl(Path dataDirectory) {
    return "jdbc:h2:file:"
        + dataDirectory.toAbsolutePath().resolve("capacita")
        + ";MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=20000";
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // the pool logs through java.util.logging
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
