package org.capacita.people.importing;

import com.mysql.cj.jdbc.JdbcConnection;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.capacita.infrastructure.database.DatabaseConfiguration;
import org.capacita.infrastructure.database.IdAllocation;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.SearchWord;

/**
 * Stores new persons of an import in the caller's transaction, with multi-row INSERT statements of
 * {@value #ROWS_PER_STATEMENT} rows: ids come from the same sequence row JPA uses, so imported and
 * registered persons never collide, reserved in a transaction of their own so that the import does
 * not hold the sequence's lock while it writes. Each person is built as an entity first, so every
 * rule and derived column is the entity's own. On MySQL and MariaDB the statements are prepared on
 * the server, so that values travel in the binary protocol instead of being escaped into SQL text.
 * The ids stored are also queued for the duplicate screening that runs once the import is
 * committed.
 */
@ApplicationScoped
public class PersonBatchWriter {

  static final int ROWS_PER_STATEMENT = 100;

  private static final String COLUMNS =
      "INSERT INTO person (id, version, given_names, family_names, sex, email, phone, national_id,"
          + " national_id_key, institution_id, sector_code, position_title, work_city_id,"
          + " work_country_code, search_text, family_key, given_key, identity_key, created_at) VALUES ";
  private static final String ROW = "(?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String TOKENS =
      "INSERT INTO person_search_token (person_id, token, sort_key, words) VALUES ";
  private static final String TOKEN_ROW = "(?, ?, ?, ?)";
  private static final int TOKENS_PER_STATEMENT = 500;
  private static final String QUEUE =
      "INSERT INTO duplicate_screening (id, first_person_id, last_person_id, queued_at)"
          + " VALUES (?, ?, ?, ?)";

  @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Inject private IdAllocation ids;

  /**
   * Stores the persons and queues them for duplicate screening; returns the id of the first, the
   * others having the ids that follow in list order (0 when there were none).
   */
  public long insert(List<Person> persons) throws SQLException {
    if (persons.isEmpty()) {
      return 0;
    }
    long first = ids.reserve(persons.size() + 1);
    try (Connection connection = dataSource.getConnection()) {
      long next = first;
      int full = persons.size() / ROWS_PER_STATEMENT * ROWS_PER_STATEMENT;
      if (full > 0) {
        try (PreparedStatement insert = prepare(connection, ROWS_PER_STATEMENT)) {
          for (int start = 0; start < full; start += ROWS_PER_STATEMENT) {
            next = bindRows(insert, persons.subList(start, start + ROWS_PER_STATEMENT), next);
            insert.executeUpdate();
          }
        }
      }
      if (full < persons.size()) {
        try (PreparedStatement insert = prepare(connection, persons.size() - full)) {
          next = bindRows(insert, persons.subList(full, persons.size()), next);
          insert.executeUpdate();
        }
      }
      insertTokens(connection, persons, first);
      try (PreparedStatement queue = connection.prepareStatement(QUEUE)) {
        queue.setLong(1, next);
        queue.setLong(2, first);
        queue.setLong(3, next - 1);
        queue.setTimestamp(4, Timestamp.from(Instant.now()));
        queue.executeUpdate();
      }
      return first;
    }
  }

  /** The persons' search words ({@link Person#searchWords}), in multi-row statements. */
  private static void insertTokens(Connection connection, List<Person> persons, long firstId)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    long id = firstId;
    for (Person person : persons) {
      for (SearchWord word : person.searchWords()) {
        rows.add(new Object[] {id, word});
      }
      id++;
    }
    int full = rows.size() / TOKENS_PER_STATEMENT * TOKENS_PER_STATEMENT;
    if (full > 0) {
      try (PreparedStatement insert =
          prepare(connection, TOKENS, TOKEN_ROW, TOKENS_PER_STATEMENT)) {
        for (int start = 0; start < full; start += TOKENS_PER_STATEMENT) {
          bindTokens(insert, rows.subList(start, start + TOKENS_PER_STATEMENT));
          insert.executeUpdate();
        }
      }
    }
    if (full < rows.size()) {
      try (PreparedStatement insert = prepare(connection, TOKENS, TOKEN_ROW, rows.size() - full)) {
        bindTokens(insert, rows.subList(full, rows.size()));
        insert.executeUpdate();
      }
    }
  }

  private static void bindTokens(PreparedStatement insert, List<Object[]> rows)
      throws SQLException {
    int i = 1;
    for (Object[] row : rows) {
      SearchWord word = (SearchWord) row[1];
      insert.setLong(i++, (Long) row[0]);
      insert.setString(i++, word.getToken());
      insert.setString(i++, word.getSortKey());
      insert.setString(i++, word.getWords());
    }
  }

  private static PreparedStatement prepare(Connection connection, int rows) throws SQLException {
    return prepare(connection, COLUMNS, ROW, rows);
  }

  private static PreparedStatement prepare(
      Connection connection, String columns, String row, int rows) throws SQLException {
    String sql = columns + String.join(", ", Collections.nCopies(rows, row));
    if (connection.isWrapperFor(JdbcConnection.class)) {
      return connection.unwrap(JdbcConnection.class).serverPrepareStatement(sql);
    }
    return connection.prepareStatement(sql);
  }

  private static long bindRows(PreparedStatement insert, List<Person> persons, long firstId)
      throws SQLException {
    long id = firstId;
    int index = 1;
    for (Person person : persons) {
      index = bind(insert, index, id++, person);
    }
    return id;
  }

  private static int bind(PreparedStatement insert, int first, long id, Person person)
      throws SQLException {
    int i = first;
    insert.setLong(i++, id);
    insert.setString(i++, person.getGivenNames());
    insert.setString(i++, person.getFamilyNames());
    insert.setString(i++, person.getSex().name());
    setText(insert, i++, person.getEmail());
    setText(insert, i++, person.getPhone());
    setText(insert, i++, person.getNationalId());
    setText(insert, i++, person.getNationalIdKey());
    insert.setLong(i++, person.getInstitution().getId());
    insert.setString(i++, person.getSector().getCode());
    setText(insert, i++, person.getPosition());
    insert.setLong(i++, person.getWorkCity().getId());
    insert.setString(i++, person.getWorkCountry().getCode());
    insert.setString(i++, person.getSearchText());
    insert.setString(i++, person.getFamilyKey());
    insert.setString(i++, person.getGivenKey());
    insert.setString(i++, person.getIdentityKey());
    insert.setTimestamp(i++, Timestamp.from(person.getCreatedAt()));
    return i;
  }

  private static void setText(PreparedStatement insert, int index, String value)
      throws SQLException {
    if (value == null) {
      insert.setNull(index, Types.VARCHAR);
    } else {
      insert.setString(index, value);
    }
  }
}
