package org.capacita.certificates.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.capacita.infrastructure.database.IdAllocation;

/**
 * Certificate numbers, 1, 2, 3...: each taken from the {@code certificate_number} row of {@code
 * id_sequence} on a connection of its own, outside the caller's transaction, and committed at once,
 * as a database sequence hands out values (MySQL 8 has no sequences). The row is locked only for
 * that short transaction, never while a certificate is rendered; a rolled-back issue leaves a gap,
 * and the unique index on the number backs it up.
 */
@ApplicationScoped
public class CertificateNumbers {

  private static final String TAKE =
      "UPDATE id_sequence SET next_value = next_value + ? WHERE sequence_name = 'certificate_number'";
  private static final String READ =
      "SELECT next_value FROM id_sequence WHERE sequence_name = 'certificate_number'";

  @Resource(lookup = IdAllocation.JNDI_NAME)
  private DataSource numbers;

  public long next() {
    return next(1);
  }

  /** The first of {@code count} consecutive numbers, all taken at once. */
  public long next(int count) {
    try (Connection connection = numbers.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement take = connection.prepareStatement(TAKE);
          PreparedStatement read = connection.prepareStatement(READ)) {
        take.setInt(1, count);
        if (take.executeUpdate() != 1) {
          throw new IllegalStateException("No certificate_number row in id_sequence");
        }
        long number;
        try (ResultSet row = read.executeQuery()) {
          row.next();
          number = row.getLong(1);
        }
        connection.commit();
        return number - count + 1;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not take a certificate number", e);
    }
  }
}
