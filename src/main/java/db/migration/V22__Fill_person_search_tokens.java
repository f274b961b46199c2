package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.capacita.people.domain.Person;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code person_search_token} (added by V21) for the persons stored before it, with the words
 * the application finds them by ({@link Person#searchTokensOf}), {@value #CHUNK} persons at a time
 * by id, so that memory stays flat.
 */
public class V22__Fill_person_search_tokens extends BaseJavaMigration {

  private static final int CHUNK = 1_000;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (PreparedStatement select =
            connection.prepareStatement(
                "SELECT p.id, p.given_names, p.family_names, p.email, p.national_id_key, i.name"
                    + " FROM person p JOIN institution i ON i.id = p.institution_id"
                    + " WHERE p.id > ? ORDER BY p.id LIMIT "
                    + CHUNK);
        PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO person_search_token (person_id, token) VALUES (?, ?)")) {
      long after = Long.MIN_VALUE;
      for (int rows = CHUNK; rows == CHUNK; ) {
        rows = 0;
        select.setLong(1, after);
        try (ResultSet persons = select.executeQuery()) {
          while (persons.next()) {
            after = persons.getLong(1);
            for (String token :
                Person.searchTokensOf(
                    persons.getString(2),
                    persons.getString(3),
                    persons.getString(4),
                    persons.getString(5),
                    persons.getString(6))) {
              insert.setLong(1, after);
              insert.setString(2, token);
              insert.addBatch();
            }
            rows++;
          }
        }
        if (rows > 0) {
          insert.executeBatch();
        }
      }
    }
  }
}
