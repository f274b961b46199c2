package org.capacita.enrollment.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.capacita.enrollment.application.EnrolmentResult;
import org.capacita.enrollment.application.WorkshopEnrolments;
import org.capacita.scheduling.web.WorkshopFactsBacking;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * The "your place" card of {@code workshops/workshop.xhtml}: the caller's own status and waitlist
 * position; signing up (told beforehand when a full workshop puts them on the waitlist) and leaving
 * (confirmed first, see {@link Confirmation}).
 */
@Named
@ViewScoped
public class WorkshopSignUpBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkshopFactsBacking page;
  @Inject private WorkshopEnrolments enrolments;

  private String status;
  private Integer position;
  private boolean confirming;

  @PostConstruct
  void load() {
    enrolments
        .own(page.getId())
        .ifPresent(
            own -> {
              status = own.enrolment().getStatus().name();
              position = own.position();
            });
  }

  public String signUp() {
    EnrolmentResult result;
    try {
      result = enrolments.enrol(page.getId(), page.getActor().personId());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    Integer place = result.position();
    PageMessages.info(
        "workshop.own.joined." + result.enrolment().getStatus().name(), place == null ? 0 : place);
    return page.page();
  }

  /** Leaves once confirmed; unconfirmed (no JavaScript), shows the question first. */
  public String leave() {
    if (!Confirmation.given()) {
      confirming = true;
      return null;
    }
    return leaveConfirmed();
  }

  public String leaveConfirmed() {
    try {
      enrolments.cancel(page.getId(), page.getActor().personId());
      PageMessages.info("workshop.own.left." + status);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
    }
    return page.page();
  }

  /**
   * Whether the caller may sign up here: they have a person, no place yet, and do not manage it.
   */
  public boolean isCanSignUp() {
    return page.getActor().personId() != null && status == null && !page.isManages();
  }

  /** Whether signing up now puts the caller on the waitlist: no seat left. */
  public boolean isFull() {
    return page.getWorkshop().getSeatsLeft() == 0
        && "OPEN".equals(page.getWorkshop().getSignUpMode());
  }

  /** The sign-up button, named for what it does: a seat, a place on the waitlist, a request. */
  public String getSignUpLabel() {
    if (isFull()) {
      return "workshop.own.joinWaitlist";
    }
    return "APPROVAL".equals(page.getWorkshop().getSignUpMode())
        ? "workshop.own.request"
        : "workshop.page.signUp";
  }

  /** What leaving costs, asked before the caller leaves. */
  public String getLeaveQuestion() {
    return Messages.get(
        Faces.getLocale(), "workshop.own.leaveQuestion." + status, position == null ? 0 : position);
  }

  public String getStatus() {
    return status;
  }

  public Integer getPosition() {
    return position;
  }

  public boolean isConfirming() {
    return confirming;
  }
}
