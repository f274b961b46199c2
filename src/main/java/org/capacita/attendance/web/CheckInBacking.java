package org.capacita.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.capacita.attendance.application.CheckInClaim;
import org.capacita.attendance.application.CheckIns;
import org.capacita.attendance.application.SessionFacts;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.security.Caller;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code attendance/check-in.xhtml[?code=]}: the page a scanned QR code opens, and the form for a
 * typed code. A valid code checks a signed-in participant in at once; someone not signed in yet
 * keeps the claim ({@link PendingCheckIn}) through sign-in or registration, and is checked in when
 * they come back signed in. Each answer comes back to the bare page (POST-redirect-GET), so that
 * reloading never sends a code again.
 */
@Named
@RequestScoped
public class CheckInBacking {

  @Inject private CheckIns checkIns;
  @Inject private CurrentCaller callers;
  @Inject private LocaleSelector localeSelector;

  private String code;
  private String typed;
  private SessionFacts pending;

  public void load() throws IOException {
    HttpServletRequest request = request();
    if (code != null) {
      use(code, AttendanceChannel.QR);
      FacesContext.getCurrentInstance().getExternalContext().redirect(request.getRequestURI());
      return;
    }
    Optional<PendingCheckIn> waiting = PendingCheckIn.of(request);
    Optional<Caller> caller = callers.find();
    if (waiting.isPresent() && caller.isPresent()) {
      PendingCheckIn.clear(request);
      complete(waiting.get(), caller.get());
    } else if (waiting.isPresent()) {
      pending = checkIns.facts(waiting.get().claim(), localeSelector.getLocale());
    }
  }

  public String submit() {
    use(typed, AttendanceChannel.TYPED_CODE);
    return "/attendance/check-in?faces-redirect=true";
  }

  private void use(String value, AttendanceChannel channel) {
    HttpServletRequest request = request();
    Optional<Caller> caller = callers.find();
    try {
      CheckInClaim claim =
          checkIns.claim(
              value,
              Optional.empty(),
              caller.map(Caller::accountId).orElse(null),
              request.getRemoteAddr());
      PendingCheckIn claimed = new PendingCheckIn(claim, channel);
      if (caller.isPresent()) {
        complete(claimed, caller.get());
      } else {
        claimed.keep(request);
      }
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
    }
  }

  private void complete(PendingCheckIn claimed, Caller caller) {
    if (caller.personId() == null) {
      PageMessages.error("attendance.checkIn.noPerson");
      return;
    }
    try {
      checkIns.checkIn(claimed.claim(), caller.personId(), claimed.channel());
      SessionFacts facts = checkIns.facts(claimed.claim(), localeSelector.getLocale());
      PageMessages.info(
          "attendance.checkIn.done", facts.number(), facts.title(), facts.day(), facts.start());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
    }
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /** The session claimed before signing in, waiting for the person to sign in; else null. */
  public SessionFacts getPending() {
    return pending;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTyped() {
    return typed;
  }

  public void setTyped(String typed) {
    this.typed = typed;
  }
}
