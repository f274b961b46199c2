package org.capacita.attendance.web;

import org.capacita.attendance.application.AttendanceStatusAdministration.StatusInput;
import org.capacita.attendance.domain.AttendanceStatus;

/** The fields of the status form; {@code existing} when it changes a status rather than adds. */
public class StatusForm {

  private String code;
  private boolean existing;
  private String nameEn;
  private String nameEs;
  private boolean counts;
  private int position = 50;
  private boolean active = true;

  void fill(AttendanceStatus status) {
    existing = true;
    nameEn = status.getNameEn();
    nameEs = status.getNameEs();
    counts = status.countsAsAttended();
    position = status.getPosition();
    active = status.isActive();
  }

  StatusInput input() {
    return new StatusInput(code, nameEn, nameEs, counts, position, active);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public boolean isExisting() {
    return existing;
  }

  public void setExisting(boolean existing) {
    this.existing = existing;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameEs() {
    return nameEs;
  }

  public void setNameEs(String nameEs) {
    this.nameEs = nameEs;
  }

  public boolean isCounts() {
    return counts;
  }

  public void setCounts(boolean counts) {
    this.counts = counts;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
