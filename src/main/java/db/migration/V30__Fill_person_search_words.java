package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.SearchWord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code person_search_token} (made again by V29) for the persons not merged away, with the
 * rows the application writes ({@link Person#searchWords}), {@value PersonChunks#CHUNK} persons at
 * a time by id, so that memory stays flat. On MySQL/MariaDB its text first compares as bytes: it is
 * stored folded, as the person keys (V9, V21_1), and two words a Unicode collation would weigh
 * alike must not collide in the primary key.
 */
public class V30__Fill_person_search_words extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("mysql") || product.contains("mariadb")) {
      try (Statement alter = connection.createStatement()) {
        alter.execute(
            "ALTER TABLE person_search_token"
                + " MODIFY token VARCHAR(60) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,"
                + " MODIFY sort_key VARCHAR(250) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
                + " NOT NULL,"
                + " MODIFY words VARCHAR(800) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL");
      }
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO person_search_token (person_id, token, sort_key, words)"
                + " VALUES (?, ?, ?, ?)")) {
      PersonChunks.forEach(
          connection,
          "SELECT p.id, p.given_names, p.family_names, p.email, p.national_id_key, i.name"
              + " FROM person p JOIN institution i ON i.id = p.institution_id"
              + " WHERE p.id > ? AND p.merged_into_id IS NULL ORDER BY p.id",
          insert,
          person -> {
            String given = person.getString(2);
            String family = person.getString(3);
            Set<String> tokens =
                SearchWord.tokensOf(
                    given, family, person.getString(4), person.getString(5), person.getString(6));
            for (SearchWord word : SearchWord.of(tokens, given, family)) {
              insert.setLong(1, person.getLong(1));
              insert.setString(2, word.getToken());
              insert.setString(3, word.getSortKey());
              insert.setString(4, word.getWords());
              insert.addBatch();
            }
          });
    }
  }
}
