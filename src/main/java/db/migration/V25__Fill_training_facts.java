package db.migration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.capacita.reports.application.FactRebuildSql;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code training_fact} again by the rules the application keeps it by ({@link
 * FactRebuildSql}: no merged duplicate, no cancelled workshop; V23 copied every completion), and
 * {@code training_fact_trainer} (V24) with each completion's trainers.
 */
public class V25__Fill_training_facts extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(FactRebuildSql.DELETE_ALL_TRAINERS);
      statement.executeUpdate(FactRebuildSql.DELETE_ALL);
      statement.executeUpdate(FactRebuildSql.INSERT_ALL);
    }
    try (Statement select = connection.createStatement();
        ResultSet rows = select.executeQuery(FactRebuildSql.TRAINERS);
        PreparedStatement insert =
            connection.prepareStatement(FactRebuildSql.jdbc(FactRebuildSql.INSERT_TRAINER))) {
      int batched = 0;
      while (rows.next()) {
        for (String trainer : FactRebuildSql.trainers(rows.getString(2))) {
          insert.setLong(1, rows.getLong(1));
          insert.setString(2, trainer);
          insert.addBatch();
          if (++batched % 500 == 0) {
            insert.executeBatch();
          }
        }
      }
      insert.executeBatch();
    }
    offeredHours(connection);
  }

  /** The hours of each workshop's sessions (as {@code WorkshopSession.hours()} rounds them). */
  private static void offeredHours(Connection connection) throws SQLException {
    Map<Long, BigDecimal> hours = new HashMap<>();
    try (Statement select = connection.createStatement();
        ResultSet sessions =
            select.executeQuery(
                "SELECT workshop_id, start_time, end_time FROM workshop_session WHERE workshop_id"
                    + " IN (SELECT workshop_id FROM training_fact)")) {
      while (sessions.next()) {
        long minutes =
            Duration.between(sessions.getTime(2).toLocalTime(), sessions.getTime(3).toLocalTime())
                .toMinutes();
        BigDecimal session =
            BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
        hours.merge(sessions.getLong(1), session, BigDecimal::add);
      }
    }
    try (PreparedStatement update =
        connection.prepareStatement(
            "UPDATE training_fact SET offered_hours = ? WHERE workshop_id = ?")) {
      for (Map.Entry<Long, BigDecimal> workshop : hours.entrySet()) {
        update.setBigDecimal(1, workshop.getValue());
        update.setLong(2, workshop.getKey());
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
