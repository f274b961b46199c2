package org.capacita.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.capacita.attendance.application.CheckInCodes;
import org.capacita.attendance.application.CheckInSettings;
import org.capacita.attendance.application.ManagedSessions;
import org.capacita.attendance.application.SessionFacts;
import org.capacita.attendance.application.ShownCode;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.SiteAddress;

/**
 * {@code attendance/check-in-code.xhtml?workshop=&session=}: the session's QR code and typed code,
 * full screen in the room, refreshed by a poll as the code changes; for leads and the workshop's
 * trainers (others: 404). Outside the check-in window it says when the code opens.
 */
@Named
@ViewScoped
public class CheckInCodeBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private CheckInCodes codes;
  @Inject private ManagedSessions sessions;
  @Inject private SiteAddress site;
  @Inject private LocaleSelector localeSelector;
  @Inject private CheckInSettings settings;

  private Long workshop;
  private Integer session;
  private SessionFacts facts;
  private String code;
  private String qr;
  private long present;
  private String notOpen;
  private String typeAt;

  public void load() {
    if (workshop == null || session == null) {
      throw new NotFoundException();
    }
    facts = SessionFacts.of(sessions.get(workshop, session), localeSelector.getLocale());
    refresh();
  }

  /** Reads the current code again: at load and at every poll. */
  public void refresh() {
    try {
      ShownCode shown = codes.current(workshop, session, site.ofPage());
      code = shown.code();
      present = shown.present();
      typeAt = shown.link().substring(0, shown.link().indexOf('?')).replaceFirst("^https?://", "");
      qr =
          QrSvg.of(
              shown.link(), Messages.get(localeSelector.getLocale(), "attendance.checkIn.qrLabel"));
      notOpen = null;
    } catch (BusinessRuleException e) {
      if (e instanceof NotFoundException) {
        throw e;
      }
      code = null;
      qr = null;
      notOpen = Messages.get(localeSelector.getLocale(), e.getMessageKey(), e.getArguments());
    }
  }

  /** The code in two groups of three, easier to read from the back of a room. */
  public String getSpacedCode() {
    return code == null ? null : code.substring(0, 3) + " " + code.substring(3);
  }

  /** The time now on the venue's clock. */
  public String getVenueClock() {
    return facts == null ? "" : facts.clockAt(Instant.now());
  }

  /** The address of the page where the code can be typed, without the code. */
  public String getTypeAt() {
    return typeAt;
  }

  public long getStepSeconds() {
    return settings.step().getSeconds();
  }

  public String getQr() {
    return qr;
  }

  public SessionFacts getFacts() {
    return facts;
  }

  public long getPresent() {
    return present;
  }

  public String getNotOpen() {
    return notOpen;
  }

  public Long getWorkshop() {
    return workshop;
  }

  public void setWorkshop(Long workshop) {
    this.workshop = workshop;
  }

  public Integer getSession() {
    return session;
  }

  public void setSession(Integer session) {
    this.session = session;
  }
}
