package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import org.capacita.reports.application.FactRebuildSql;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills V27's columns of the existing facts as the application keeps them ({@link FactRebuildSql}):
 * numbers their long text values in {@code report_label}, writes the keys, and each person's first
 * training day.
 */
public class V28__Fill_report_keys extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    try (Statement statement = context.getConnection().createStatement()) {
      statement.executeUpdate(FactRebuildSql.newLabels("1 = 1"));
      statement.executeUpdate(FactRebuildSql.keys("1 = 1"));
      statement.executeUpdate(FactRebuildSql.FIRST_ON_ALL);
    }
  }
}
