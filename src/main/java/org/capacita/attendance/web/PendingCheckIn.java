package org.capacita.attendance.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;
import org.capacita.attendance.application.CheckInClaim;
import org.capacita.attendance.domain.AttendanceChannel;

/**
 * A check-in claimed before signing in: kept in the HTTP session, which lives on through sign-in
 * (the id changes, the attributes stay) and through registering in the same browser, and completed
 * by {@code check-in.xhtml} as soon as the person is signed in ({@link PendingCheckInFilter} sends
 * them there from whatever page sign-in lands on).
 */
public record PendingCheckIn(CheckInClaim claim, AttendanceChannel channel)
    implements Serializable {

  static final String ATTRIBUTE = PendingCheckIn.class.getName();

  static Optional<PendingCheckIn> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ATTRIBUTE) instanceof PendingCheckIn pending
        ? Optional.of(pending)
        : Optional.empty();
  }

  void keep(HttpServletRequest request) {
    request.getSession(true).setAttribute(ATTRIBUTE, this);
  }

  static void clear(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(ATTRIBUTE);
    }
  }
}
