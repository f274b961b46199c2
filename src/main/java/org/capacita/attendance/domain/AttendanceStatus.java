package org.capacita.attendance.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import org.capacita.shared.domain.BusinessRuleException;

/**
 * A status a mark can have (present, late, excused, absent and whatever an admin adds), with its
 * names in English and Spanish (stored, not in the bundles, so that admins can add statuses),
 * whether it counts as attended, its place in the roll call and whether it is offered. Statuses are
 * never deleted: marks and their audit keep pointing at them. {@link #PRESENT} is what a check-in
 * gives, so it stays active and counting.
 */
@Entity
@Cacheable
@Table(name = "attendance_status")
@NamedQuery(
    name = "AttendanceStatus.findAll",
    query = "SELECT s FROM AttendanceStatus s ORDER BY s.position, s.code")
public class AttendanceStatus {

  public static final String PRESENT = "PRESENT";

  private static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,15}";
  private static final int NAME_LENGTH = 80;

  @Id
  @Column(length = 16)
  private String code;

  @Version private long version;

  @Column(name = "name_en", nullable = false, length = NAME_LENGTH)
  private String nameEn;

  @Column(name = "name_es", nullable = false, length = NAME_LENGTH)
  private String nameEs;

  @Column(name = "counts_as_attended", nullable = false)
  private boolean countsAsAttended;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private boolean active;

  protected AttendanceStatus() {}

  public AttendanceStatus(String code, String nameEn, String nameEs, boolean counts, int position) {
    if (code == null || !code.matches(CODE_PATTERN)) {
      throw BusinessRuleException.onField("code", "attendance.status.code.invalid");
    }
    this.code = code;
    this.active = true;
    change(nameEn, nameEs, counts, position, true);
  }

  /** Renames, reorders, and turns counting or offering on or off; PRESENT always counts. */
  public final void change(
      String newNameEn, String newNameEs, boolean counts, int newPosition, boolean offered) {
    this.nameEn = checkedName("nameEn", newNameEn);
    this.nameEs = checkedName("nameEs", newNameEs);
    if (PRESENT.equals(code) && (!counts || !offered)) {
      throw BusinessRuleException.onField("code", "attendance.status.presentStays");
    }
    this.countsAsAttended = counts;
    this.position = newPosition;
    this.active = offered;
  }

  private static String checkedName(String field, String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > NAME_LENGTH) {
      throw BusinessRuleException.onField(field, "attendance.status.name.invalid", NAME_LENGTH);
    }
    return trimmed;
  }

  /** The name in the user's language (Spanish or else English). */
  public String name(Locale locale) {
    return "es".equals(locale.getLanguage()) ? nameEs : nameEn;
  }

  public String getCode() {
    return code;
  }

  public String getNameEn() {
    return nameEn;
  }

  public String getNameEs() {
    return nameEs;
  }

  public boolean countsAsAttended() {
    return countsAsAttended;
  }

  public int getPosition() {
    return position;
  }

  public boolean isActive() {
    return active;
  }
}
