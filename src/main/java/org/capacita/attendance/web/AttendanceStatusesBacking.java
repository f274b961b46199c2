package org.capacita.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.capacita.attendance.application.AttendanceStatusAdministration;
import org.capacita.attendance.application.AttendanceStatusAdministration.StatusInput;
import org.capacita.attendance.domain.AttendanceStatus;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.PageMessages;

/**
 * {@code admin/attendance-statuses.xhtml[?code=]}: the attendance statuses, and the form that adds
 * one or (with {@code ?code=}) changes it: names in both languages, counts as attended, order,
 * offered on roll calls. The names are stored, so the bundles need no change for a new status.
 */
@Named
@RequestScoped
public class AttendanceStatusesBacking {

  @Inject private AttendanceStatusAdministration administration;

  private final StatusForm form = new StatusForm();

  public void load() {
    if (form.getCode() != null) {
      administration.all().stream()
          .filter(s -> s.getCode().equals(form.getCode()))
          .findFirst()
          .ifPresentOrElse(form::fill, () -> form.setCode(null));
    }
  }

  public String save() {
    try {
      StatusInput input = form.input();
      // The code as stored (upper case), not as typed.
      PageMessages.info(
          "attendance.status.saved", administration.save(input, form.isExisting()).getCode());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    return "/admin/attendance-statuses?faces-redirect=true";
  }

  public List<AttendanceStatus> getStatuses() {
    return administration.all();
  }

  public StatusForm getForm() {
    return form;
  }
}
