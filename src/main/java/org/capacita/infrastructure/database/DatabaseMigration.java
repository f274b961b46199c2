package org.capacita.infrastructure.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with Flyway at start-up, before anything else touches the database,
 * then announces {@link DatabaseReady} so that start-up tasks (first admin, demo data) can run.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject private Event<DatabaseReady> ready;

  @PostConstruct
  void migrate() {
    Flyway flyway =
        Flyway.configure(DatabaseMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .load();
    MigrateResult result = flyway.migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + flyway.info().current().getVersion()
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    ready.fire(new DatabaseReady());
  }

  private String[] locations() {
    try (Connection connection = dataSource.getConnection()) {
      return MigrationLocations.of(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }
}
