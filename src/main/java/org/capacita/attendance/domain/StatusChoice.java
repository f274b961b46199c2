package org.capacita.attendance.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.capacita.shared.domain.BusinessRuleException;

/** The statuses a mark may take: known and active ones, looked up by code. */
public final class StatusChoice {

  private final Map<String, AttendanceStatus> byCode = new LinkedHashMap<>();

  public StatusChoice(List<AttendanceStatus> statuses) {
    statuses.forEach(s -> byCode.put(s.getCode(), s));
  }

  /** The active status of that code; an unknown or inactive one is refused on {@code field}. */
  public AttendanceStatus require(String code, String field) {
    AttendanceStatus status = code == null ? null : byCode.get(code);
    if (status == null || !status.isActive()) {
      throw BusinessRuleException.onField(
          field, "attendance.status.unknown", code == null ? "" : code);
    }
    return status;
  }

  /** The status of a stored mark, active or not (a mark made before it was retired). */
  public Optional<AttendanceStatus> of(String code) {
    return Optional.ofNullable(code == null ? null : byCode.get(code));
  }

  public AttendanceStatus present() {
    return require(AttendanceStatus.PRESENT, "status");
  }

  /** The statuses offered now, in roll-call order. */
  public List<AttendanceStatus> offered() {
    return byCode.values().stream().filter(AttendanceStatus::isActive).toList();
  }
}
