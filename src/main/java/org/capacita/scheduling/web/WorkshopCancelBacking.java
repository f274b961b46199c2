package org.capacita.scheduling.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.capacita.scheduling.application.Scheduling;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.PageMessages;

/**
 * The "cancel the workshop" card of {@code workshops/workshop.xhtml}, for those who manage it: a
 * reason is required, and the enrolled people are told (by the enrolment feature).
 */
@Named
@RequestScoped
public class WorkshopCancelBacking {

  @Inject private WorkshopFactsBacking page;
  @Inject private Scheduling scheduling;

  private String reason;

  public String cancelWorkshop() {
    if (reason == null || reason.isBlank()) {
      PageMessages.error("workshop.page.reasonRequired");
      return null;
    }
    try {
      scheduling.cancel(page.getId(), reason);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("workshop.page.cancelled");
    return page.page();
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
