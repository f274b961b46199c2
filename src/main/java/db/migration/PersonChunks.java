package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How the Java migrations go through {@code person}: by id, {@value #CHUNK} rows at a time, each
 * chunk's writes sent as one batch, so that memory stays flat. Not a migration itself.
 */
final class PersonChunks {

  static final int CHUNK = 1_000;

  /** What a migration does with one row of its query; adds its writes to the batch. */
  interface Row {
    void accept(ResultSet row) throws SQLException;
  }

  private PersonChunks() {}

  /**
   * Runs {@code query} (its first column the person's id, a {@code ? } for the last id seen,
   * ordered by id) chunk after chunk, hands each row to {@code row} and executes {@code writes}'
   * batch.
   */
  static void forEach(Connection connection, String query, PreparedStatement writes, Row row)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(query + " LIMIT " + CHUNK)) {
      long after = Long.MIN_VALUE;
      for (int rows = CHUNK; rows == CHUNK; ) {
        rows = 0;
        select.setLong(1, after);
        try (ResultSet persons = select.executeQuery()) {
          while (persons.next()) {
            after = persons.getLong(1);
            row.accept(persons);
            rows++;
          }
        }
        if (rows > 0) {
          writes.executeBatch();
        }
      }
    }
  }
}
