package org.capacita.attendance.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.attendance.domain.CheckInCodeMatch;
import org.capacita.attendance.domain.CheckInCodeMatch.Candidate;
import org.capacita.attendance.domain.CheckInWindow;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.ConflictException;
import org.capacita.shared.domain.NotFoundException;

/**
 * A participant's own check-in with a session's current code (scanned or typed): which session the
 * code opens ({@link #claim}), then the mark through {@link Attendance#checkIn}. Expired codes,
 * codes of another session and codes of a session whose check-in is not open are refused with their
 * own message; wrong codes count towards a lock ({@link CheckInGuesses}).
 */
@Stateless
public class CheckIns {

  private static final Logger LOG = Logger.getLogger(CheckIns.class.getName());

  @Inject private CheckInSecrets secrets;
  @Inject private CheckInSettings settings;
  @Inject private CheckInGuesses guesses;
  @Inject private Attendance attendance;
  @Inject private Workshops workshops;

  /**
   * The session a code opens now. {@code expected}, when the caller names a session (the API), must
   * be that session. {@code accountId} is null for someone not signed in yet.
   */
  public CheckInClaim claim(
      String code, Optional<CheckInClaim> expected, Long accountId, String address) {
    guesses
        .lockedFor(accountId, address)
        .ifPresent(
            wait -> {
              throw new BusinessRuleException(
                  "attendance.checkIn.throttled", Math.max(1, wait.toSeconds()));
            });
    Instant now = Instant.now();
    Duration step = settings.step();
    List<Candidate> sessions = candidates(now);
    expected.ifPresent(e -> requireOpen(e, sessions, now));
    CheckInCodeMatch match = CheckInCodeMatch.of(code, sessions, now, step);
    switch (match.kind()) {
      case UNKNOWN -> {
        guesses.recordWrong(accountId, address);
        throw BusinessRuleException.onField("code", "attendance.checkIn.unknown");
      }
      case EXPIRED ->
          throw BusinessRuleException.onField(
              "code", "attendance.checkIn.expired", step.getSeconds());
      case CLOSED -> throw notOpen();
      default -> {
        // ACCEPTED
      }
    }
    Candidate session = match.session();
    if (expected.isPresent() && !expected.get().is(session.workshopId(), session.sessionNumber())) {
      throw BusinessRuleException.onField("code", "attendance.checkIn.otherSession");
    }
    guesses.recordRight(accountId, address);
    return new CheckInClaim(session.workshopId(), session.sessionNumber(), now);
  }

  /**
   * Marks the person present in the claimed session ({@link AttendanceChannel#QR} for a scanned
   * link, {@link AttendanceChannel#TYPED_CODE} for a typed code); a person not enrolled is refused.
   */
  public void checkIn(CheckInClaim claim, long personId, AttendanceChannel channel) {
    if (claim.isStale(Instant.now())) {
      throw new BusinessRuleException("attendance.checkIn.pendingStale");
    }
    try {
      attendance.checkIn(claim.workshopId(), claim.sessionNumber(), personId, channel);
    } catch (BusinessRuleException e) {
      if (e.getMessageKey().endsWith("notEnrolled")) {
        throw new BusinessRuleException("attendance.checkIn.notEnrolled");
      }
      throw e;
    }
    LOG.info(() -> "Person " + personId + " checked in to " + claim + " by " + channel);
  }

  /** What the page says about the claimed session, in the reader's language. */
  public SessionFacts facts(CheckInClaim claim, Locale locale) {
    Workshop workshop = workshops.find(claim.workshopId()).orElseThrow(NotFoundException::new);
    return workshop.getSessions().stream()
        .filter(s -> s.getNumber() == claim.sessionNumber())
        .findFirst()
        .map(s -> SessionFacts.of(workshop, s, locale))
        .orElseThrow(NotFoundException::new);
  }

  private void requireOpen(CheckInClaim expected, List<Candidate> sessions, Instant now) {
    boolean open =
        sessions.stream()
            .anyMatch(
                s -> s.is(expected.workshopId(), expected.sessionNumber()) && s.isOpenAt(now));
    if (!open) {
      throw notOpen();
    }
  }

  private ConflictException notOpen() {
    return new ConflictException(
        "session", "attendance.checkIn.notOpen", settings.opensBefore().toMinutes());
  }

  /** Sessions with a secret held around now: two days either side covers every time zone. */
  private List<Candidate> candidates(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return secrets.heldBetween(today.minusDays(2), today.plusDays(2)).stream()
        .map(
            d ->
                new Candidate(
                    d.secret().getWorkshopId(),
                    d.secret().getSessionNumber(),
                    d.secret().codes(),
                    CheckInWindow.of(
                        d.date(), d.start(), d.end(), d.zone(), settings.opensBefore()),
                    d.status() != WorkshopStatus.CANCELLED && d.status() != WorkshopStatus.DRAFT))
        .toList();
  }
}
