package org.capacita.people.importing;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import javax.sql.DataSource;
import org.capacita.infrastructure.database.DatabaseConfiguration;
import org.capacita.people.domain.Person;

/**
 * Stores new persons of an import with JDBC batches in the caller's transaction: ids come from the
 * same sequence row JPA uses, so imported and registered persons never collide. Each person is
 * built as an entity first, so every rule and derived column is the entity's own.
 */
@ApplicationScoped
public class PersonBatchWriter {

  private static final String INSERT =
      "INSERT INTO person (id, version, given_names, family_names, sex, email, phone, national_id,"
          + " national_id_key, institution_id, sector_code, position_title, work_city_id,"
          + " work_country_code, search_text, family_key, identity_key, created_at)"
          + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
  private DataSource dataSource;

  public void insert(List<Person> persons) throws SQLException {
    if (persons.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      long next = allocate(connection, persons.size());
      try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
        for (Person person : persons) {
          bind(insert, next++, person);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  /** Reserves {@code count} ids; returns the first. */
  private static long allocate(Connection connection, int count) throws SQLException {
    try (PreparedStatement update =
            connection.prepareStatement(
                "UPDATE id_sequence SET next_value = next_value + ? WHERE sequence_name = 'capacita'");
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT next_value FROM id_sequence WHERE sequence_name = 'capacita'")) {
      update.setLong(1, count);
      update.executeUpdate();
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1) - count + 1;
      }
    }
  }

  private static void bind(PreparedStatement insert, long id, Person person) throws SQLException {
    int i = 1;
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
    insert.setString(i++, person.getIdentityKey());
    insert.setTimestamp(i, Timestamp.from(person.getCreatedAt()));
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
