package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
  }
}
