package org.capacita.attendance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.capacita.attendance.domain.AttendanceStatus;
import org.capacita.shared.domain.ConflictException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.Role;

/**
 * Admins configure the attendance statuses: add one (code, names in English and Spanish, whether it
 * counts as attended, its place), rename, reorder, retire or offer again. Never deleted.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AttendanceStatusAdministration {

  private static final Logger LOG =
      Logger.getLogger(AttendanceStatusAdministration.class.getName());

  @Inject private AttendanceStatuses statuses;

  public List<AttendanceStatus> all() {
    return statuses.all();
  }

  /** Adds a status, or changes the one of that code when {@code existing} says it exists. */
  public AttendanceStatus save(StatusInput input, boolean existing) {
    String code =
        input.code() == null ? null : input.code().strip().toUpperCase(java.util.Locale.ROOT);
    if (!existing) {
      if (code != null && statuses.find(code).isPresent()) {
        throw new ConflictException("code", "attendance.status.taken", code);
      }
      AttendanceStatus added =
          statuses.add(
              new AttendanceStatus(
                  code, input.nameEn(), input.nameEs(), input.counts(), input.position()));
      if (!input.active()) {
        // A new status is offered unless the admin unticked "offered" (it was always offered).
        added.change(input.nameEn(), input.nameEs(), input.counts(), input.position(), false);
      }
      return added;
    }
    AttendanceStatus status = statuses.find(code).orElseThrow(NotFoundException::new);
    status.change(input.nameEn(), input.nameEs(), input.counts(), input.position(), input.active());
    LOG.info(() -> "Attendance status " + code + " changed");
    return status;
  }

  /** What an admin enters for a status. */
  public record StatusInput(
      String code, String nameEn, String nameEs, boolean counts, int position, boolean active) {}
}
