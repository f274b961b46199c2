package org.capacita.infrastructure.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * The application's pooled JTA data source. The physical connections come from {@link
 * ConfiguredDataSource}; the pool validates connections so that it recovers on its own after a
 * database restart. Transactions run in READ COMMITTED (H2's own default; MySQL's is REPEATABLE
 * READ): a locking read then locks only the rows it finds, never the gaps between them, so sign-ups
 * for neighbouring workshops cannot deadlock on each other's index gaps, and a plain read sees what
 * committed before it. The level is set once per physical connection.
 */
@DataSourceDefinition(
    name = DatabaseConfiguration.JNDI_NAME,
    className = "org.capacita.infrastructure.database.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    loginTimeout = 5,
    isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
    properties = {
      "fish.payara.is-isolation-level-guaranteed=false",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
      "fish.payara.fail-all-connections=true",
      "fish.payara.max-wait-time-in-millis=10000"
    })
@ApplicationScoped
public class DatabaseConfiguration {

  public static final String JNDI_NAME = "java:app/jdbc/capacita";
}
