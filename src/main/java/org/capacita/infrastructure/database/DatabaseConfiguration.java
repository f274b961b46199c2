package org.capacita.infrastructure.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's pooled JTA data source. The physical connections come from {@link
 * ConfiguredDataSource}; the pool validates connections so that it recovers on its own after a
 * database restart.
 */
@DataSourceDefinition(
    name = DatabaseConfiguration.JNDI_NAME,
    className = "org.capacita.infrastructure.database.ConfiguredDataSource",
    minPoolSize = 2,
    maxPoolSize = 32,
    loginTimeout = 5,
    properties = {
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
