package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.capacita.people.domain.SearchWord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code person_search_token} (added by V21) for the persons stored before it, with the words
 * the application finds them by ({@link SearchWord#tokensOf}), {@value PersonChunks#CHUNK} persons
 * at a time by id, so that memory stays flat.
 */
public class V22__Fill_person_search_tokens extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO person_search_token (person_id, token) VALUES (?, ?)")) {
      PersonChunks.forEach(
          connection,
          "SELECT p.id, p.given_names, p.family_names, p.email, p.national_id_key, i.name"
              + " FROM person p JOIN institution i ON i.id = p.institution_id"
              + " WHERE p.id > ? ORDER BY p.id",
          insert,
          person -> {
            for (String token :
                SearchWord.tokensOf(
                    person.getString(2),
                    person.getString(3),
                    person.getString(4),
                    person.getString(5),
                    person.getString(6))) {
              insert.setLong(1, person.getLong(1));
              insert.setString(2, token);
              insert.addBatch();
            }
          });
    }
  }
}
