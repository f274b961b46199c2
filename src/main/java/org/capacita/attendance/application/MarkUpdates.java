package org.capacita.attendance.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collection;
import javax.sql.DataSource;
import org.capacita.attendance.domain.AttendanceMark;
import org.capacita.infrastructure.database.DatabaseConfiguration;

/**
 * Writes the changed marks of a roll-call save in the caller's transaction as one JDBC batch of one
 * and the same UPDATE, whatever changed in each (status, note, channel, who): EclipseLink writes
 * only the columns that changed, so a save mixing new statuses and new notes gave statements of
 * several shapes, and its batches broke at every change of shape (up to one statement a person).
 * Each row is checked against the version read, as EclipseLink would: a mark changed meanwhile (a
 * check-in) fails the save, which then writes nothing.
 */
@ApplicationScoped
public class MarkUpdates {

  private static final String UPDATE =
      "UPDATE attendance_mark SET status_code = ?, note = ?, channel = ?, marked_by = ?,"
          + " marked_at = ?, version = version + 1 WHERE id = ? AND version = ?";

  @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
  private DataSource dataSource;

  /** Writes these marks (loaded, then detached and changed); nothing for none. */
  public void write(Collection<AttendanceMark> marks) {
    if (marks.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(UPDATE)) {
      for (AttendanceMark mark : marks) {
        update.setString(1, mark.getStatusCode());
        update.setString(2, mark.getNote());
        update.setString(3, mark.getChannel().name());
        if (mark.getMarkedBy() == null) {
          update.setNull(4, Types.BIGINT);
        } else {
          update.setLong(4, mark.getMarkedBy());
        }
        update.setTimestamp(5, Timestamp.from(mark.getMarkedAt()));
        update.setLong(6, mark.getId());
        update.setLong(7, mark.getVersion());
        update.addBatch();
      }
      for (int count : update.executeBatch()) {
        if (count == 0) {
          throw new OptimisticLockException("A mark changed while the roll call was saved");
        }
        if (count < 0 && count != Statement.SUCCESS_NO_INFO) {
          throw new PersistenceException("A mark was not written");
        }
      }
    } catch (SQLException e) {
      throw new PersistenceException("The roll call's marks were not written", e);
    }
  }
}
