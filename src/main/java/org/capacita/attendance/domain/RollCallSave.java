package org.capacita.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.capacita.shared.domain.BaseEntity;
import org.capacita.shared.domain.InvalidInputException;

/**
 * One roll-call save, by the key its client gave it: a second send with the same key (a page that
 * lost its connection before the answer came) is recognised and changes nothing.
 */
@Entity
@Table(name = "attendance_save")
@NamedQuery(
    name = "RollCallSave.findByKey",
    query =
        "SELECT s FROM RollCallSave s WHERE s.workshopId = :workshop"
            + " AND s.sessionNumber = :session AND s.clientKey = :key")
public class RollCallSave extends BaseEntity {

  private static final String KEY_PATTERN = "[A-Za-z0-9_-]{8,64}";

  @Column(name = "workshop_id", nullable = false, updatable = false)
  private long workshopId;

  @Column(name = "session_number", nullable = false, updatable = false)
  private int sessionNumber;

  @Column(name = "client_key", nullable = false, updatable = false, length = 64)
  private String clientKey;

  @Column(name = "saved_by", updatable = false)
  private Long savedBy;

  @Column(name = "saved_at", nullable = false, updatable = false)
  private Instant savedAt;

  @Column(name = "rows_saved", nullable = false)
  private int rowsSaved;

  protected RollCallSave() {}

  /** A save by that account, now, of the key given, which changed {@code changed} marks. */
  public RollCallSave(SessionRef session, String clientKey, Long by, Instant now, int changed) {
    this.workshopId = session.workshopId();
    this.sessionNumber = session.sessionNumber();
    this.clientKey = checkedKey(clientKey);
    this.savedBy = by;
    this.savedAt = now;
    this.rowsSaved = changed;
  }

  /** A client key as accepted: 8 to 64 letters, digits, - or _ (a UUID fits). */
  public static String checkedKey(String key) {
    if (key == null || !key.matches(KEY_PATTERN)) {
      throw new InvalidInputException("clientKey", "attendance.rollCall.clientKey.invalid");
    }
    return key;
  }

  public int getRowsSaved() {
    return rowsSaved;
  }

  public Instant getSavedAt() {
    return savedAt;
  }
}
