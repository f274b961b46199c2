package org.capacita.attendance.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.UUID;
import org.capacita.attendance.application.AttendanceStatuses;
import org.capacita.attendance.application.RollCalls;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * {@code attendance/roll-call.xhtml?workshop=&session=&q=&page=}: a session's roll call, for the
 * workshop's lead or trainers only (anyone else: 404). Without JavaScript the form saves the page's
 * marks; with it, {@code roll-call.js} saves through {@link RollCallMarksServlet}, offline too.
 */
@Named
@RequestScoped
public class RollCallBacking {

  static final int PAGE_SIZE = 100;

  @Inject private RollCalls rollCalls;
  @Inject private AttendanceStatuses statuses;
  @Inject private LocaleSelector localeSelector;

  private final RollCallAddress address = new RollCallAddress();
  private RollCallScreen screen;
  private final String clientKey = UUID.randomUUID().toString();

  public void load() {
    int shown = address.shownPage();
    screen =
        RollCallScreen.of(
            rollCalls.page(
                address.ref(), address.getQ(), shown * PAGE_SIZE, PAGE_SIZE, address.getPerson()),
            statuses.choice(),
            localeSelector.getLocale(),
            shown,
            PAGE_SIZE);
  }

  /** Saves the marks of the persons shown (the form posted without JavaScript). */
  public String save() {
    try {
      var result =
          rollCalls.save(
              address.ref(),
              RollCallForm.marks(Faces.getRequestParameterMap()),
              Faces.getRequestParameter("clientKey"),
              AttendanceChannel.ROLL_CALL);
      PageMessages.info("attendance.rollCall.saved", result.changed());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
    }
    return again();
  }

  public String markAllPresent() {
    try {
      var result = rollCalls.markAllPresent(address.ref(), Faces.getRequestParameter("clientKey"));
      PageMessages.info("attendance.rollCall.allPresentDone", result.changed());
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
    }
    return again();
  }

  private String again() {
    return "/attendance/roll-call?faces-redirect=true&includeViewParams=true";
  }

  public RollCallScreen getScreen() {
    return screen;
  }

  /** The ids of the persons shown, for the form posted without JavaScript. */
  public String getIds() {
    return screen.rows().stream()
        .map(row -> Long.toString(row.personId()))
        .collect(java.util.stream.Collectors.joining(","));
  }

  public String getClientKey() {
    return clientKey;
  }

  public RollCallAddress getAddress() {
    return address;
  }
}
