package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.capacita.people.domain.Person;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code person.given_key} (added by V11) for the persons stored before it. The key is how
 * the given names sound, which only the application computes ({@link Person#givenKeyOf}), so this
 * migration is Java; Flyway finds it in {@code db/migration} beside the SQL ones. It goes through
 * the table by id, {@value PersonChunks#CHUNK} persons at a time, so that memory stays flat.
 */
public class V12__Fill_person_given_keys extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (PreparedStatement update =
        connection.prepareStatement("UPDATE person SET given_key = ? WHERE id = ?")) {
      PersonChunks.forEach(
          connection,
          "SELECT id, given_names FROM person WHERE id > ? ORDER BY id",
          update,
          person -> {
            update.setString(1, Person.givenKeyOf(person.getString(2)));
            update.setLong(2, person.getLong(1));
            update.addBatch();
          });
    }
  }
}
