import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collections;

/**
 * The ceiling for the import benchmark: persons inserted into the real `person` table with bare
 * JDBC, the way PersonBatchWriter stores them (one connection, one transaction, server-prepared
 * 100-row INSERTs), with no checking at all. Run by jdbc-ceiling.sh.
 */
public class JdbcInsertCeiling {

  private static final int PER_STATEMENT = 100;
  private static final String ROW = "(?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int rows = Integer.parseInt(args[1]);
    long firstId = Long.parseLong(args[2]);
    String sql =
        "INSERT INTO person (id, version, given_names, family_names, sex, email, phone,"
            + " national_id, national_id_key, institution_id, sector_code, position_title,"
            + " work_city_id, work_country_code, search_text, family_key, identity_key, created_at)"
            + " VALUES "
            + String.join(", ", Collections.nCopies(PER_STATEMENT, ROW));
    try (Connection connection = DriverManager.getConnection(url)) {
      connection.setAutoCommit(false);
      long start = System.nanoTime();
      try (PreparedStatement insert = connection.prepareStatement(sql)) {
        for (long id = firstId; id < firstId + rows; id += PER_STATEMENT) {
          int index = 1;
          for (long row = id; row < id + PER_STATEMENT; row++) {
            index = bind(insert, index, row);
          }
          insert.executeUpdate();
        }
      }
      connection.commit();
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf("%d rows in %.2f s = %.0f rows/s%n", rows, seconds, rows / seconds);
    }
  }

  private static int bind(PreparedStatement insert, int first, long id) throws SQLException {
    int i = first;
    insert.setLong(i++, id);
    insert.setString(i++, "Camila Javiera");
    insert.setString(i++, "Rojas Muñoz");
    insert.setString(i++, "F");
    insert.setString(i++, "p" + id + "@example.org");
    insert.setNull(i++, Types.VARCHAR);
    insert.setString(i++, Long.toString(id));
    insert.setString(i++, Long.toString(id));
    insert.setLong(i++, 1);
    insert.setString(i++, "health");
    insert.setString(i++, "Enfermera");
    insert.setLong(i++, 900000001L);
    insert.setString(i++, "CL");
    insert.setString(i++, "camila javiera rojas munoz p" + id + "@example.org " + id + " hospital");
    insert.setString(i++, "rojas" + (id % 1000));
    insert.setString(i++, String.format("%040x", id * 0x9E3779B97F4A7C15L & Long.MAX_VALUE));
    insert.setTimestamp(i++, new Timestamp(System.currentTimeMillis()));
    return i;
  }
}
