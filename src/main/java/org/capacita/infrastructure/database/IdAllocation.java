package org.capacita.infrastructure.database;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Hands out blocks of ids from the one row of {@code id_sequence} on connections of their own,
 * outside the caller's JTA transaction, each block in a short transaction that commits at once.
 * EclipseLink's table sequencing uses this pool too ({@code persistence.xml}). Every insert
 * anywhere needs ids, so the row lock must never wait for a long transaction, such as an import or
 * the duplicate screening, to end: when ids were taken in the caller's transaction, the screening
 * held that lock for seconds at a time and sign-ins failed with lock wait timeouts. The price is a
 * gap in the ids when a transaction rolls back.
 */
@DataSourceDefinition(
    name = IdAllocation.JNDI_NAME,
    className = "org.capacita.infrastructure.database.ConfiguredDataSource",
    transactional = false,
    minPoolSize = 1,
    maxPoolSize = 8,
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
public class IdAllocation {

  /** The non-JTA data source of id allocation. */
  public static final String JNDI_NAME = "java:global/jdbc/capacita-ids";

  private static final String RESERVE =
      "UPDATE id_sequence SET next_value = next_value + ? WHERE sequence_name = 'capacita'";
  private static final String LAST =
      "SELECT next_value FROM id_sequence WHERE sequence_name = 'capacita'";

  @Resource(lookup = JNDI_NAME)
  private DataSource ids;

  /**
   * Reserves {@code count} consecutive ids and returns the first, as EclipseLink does for its own
   * blocks: the row holds the last id handed out.
   */
  public long reserve(int count) throws SQLException {
    try (Connection connection = ids.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement update = connection.prepareStatement(RESERVE);
          PreparedStatement select = connection.prepareStatement(LAST)) {
        update.setLong(1, count);
        update.executeUpdate();
        long last;
        try (ResultSet row = select.executeQuery()) {
          row.next();
          last = row.getLong(1);
        }
        connection.commit();
        return last - count + 1;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }
}
