package org.capacita.scheduling.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.capacita.catalog.domain.Module;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Country;
import org.capacita.shared.domain.BaseEntity;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.ConflictException;

/**
 * A delivery of one module at a venue. It guards its sessions (each ends after it starts, none
 * overlap), its capacity (never below the people enrolled) and its seats: enrolment takes and frees
 * seats only through {@link #seats()}, on a row locked for the transaction, so the counters are
 * exact under simultaneous sign-ups.
 */
@Entity
@Table(name = "workshop")
@NamedQuery(
    name = "Workshop.findByTrainer",
    query =
        "SELECT DISTINCT w FROM Workshop w JOIN w.trainerIds t"
            + " WHERE t = :accountId AND w.lastDay >= :from ORDER BY w.firstDay, w.id")
@NamedQuery(
    name = "Workshop.findIdsToClose",
    query =
        "SELECT w.id FROM Workshop w WHERE w.status = :scheduled AND w.lastDay <= :lastDay"
            + " ORDER BY w.lastDay, w.id")
public class Workshop extends BaseEntity {

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "module_id", nullable = false)
  private Module module;

  /** The workshop's own title, null when it has none: see {@link WorkshopTitle}. */
  @Column(name = "own_title")
  private String title;

  private String project;

  @Column(name = "venue_name", nullable = false)
  private String venueName;

  @Column(name = "venue_address")
  private String venueAddress;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "city_id", nullable = false)
  private City city;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "country_code", nullable = false)
  private Country country;

  @Column(name = "time_zone", nullable = false, length = 64)
  private String timeZone;

  @Embedded private Seats seats = new Seats();

  @Enumerated(EnumType.STRING)
  @Column(name = "sign_up_mode", nullable = false, length = 16)
  private SignUpMode signUpMode;

  @Column(name = "sign_up_deadline")
  private LocalDate signUpDeadline;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private WorkshopStatus status;

  @Column(name = "cancel_reason")
  private String cancelReason;

  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "created_by", updatable = false)
  private Long createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  /** Counts changes to what was scheduled (dates, venue, title, status): a calendar SEQUENCE. */
  @Column(nullable = false)
  private int revision;

  @Column(name = "changed_at")
  private Instant changedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** The account that closed the workshop; null when it closed itself (see the closure timer). */
  @Column(name = "closed_by")
  private Long closedBy;

  /** When the workshop was last re-opened; it closes itself only some days after this too. */
  @Column(name = "reopened_at")
  private Instant reopenedAt;

  @OneToMany(
      mappedBy = "workshop",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("number")
  private List<WorkshopSession> sessions = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "workshop_trainer", joinColumns = @JoinColumn(name = "workshop_id"))
  @Column(name = "account_id")
  private Set<Long> trainerIds = new HashSet<>();

  protected Workshop() {}

  public Workshop(WorkshopPlan plan, Long createdBy, Instant now) {
    this(plan, createdBy, now, false);
  }

  /** A new workshop, scheduled (open for enrolment) or a draft that nobody can sign up for yet. */
  public Workshop(WorkshopPlan plan, Long createdBy, Instant now, boolean draft) {
    this.status = draft ? WorkshopStatus.DRAFT : WorkshopStatus.SCHEDULED;
    this.createdBy = createdBy;
    this.createdAt = now;
    change(plan);
    this.revision = 0;
    this.changedAt = now;
  }

  /** Replaces what the workshop was scheduled with; the capacity may not fall below enrolment. */
  public final void change(WorkshopPlan plan) {
    if (status == WorkshopStatus.CANCELLED || status == WorkshopStatus.CLOSED) {
      throw new ConflictException("status", "workshop.notChangeable." + status);
    }
    List<WorkshopSession> checked = SessionSchedule.checked(plan.sessions());
    seats.resize(plan.capacity());
    ZoneId zone = plan.zone();
    this.module = plan.module();
    this.title = new WorkshopTitle(plan.title(), plan.module()).own();
    this.project = plan.project();
    this.venueName = plan.venue().name();
    this.venueAddress = plan.venue().address();
    this.city = plan.venue().city();
    this.country = city.getCountry();
    this.timeZone = zone.getId();
    this.signUpMode = plan.signUpMode();
    this.signUpDeadline = plan.signUpDeadline();
    reschedule(checked);
    this.firstDay = checked.get(0).getDate();
    this.lastDay = checked.get(checked.size() - 1).getDate();
    this.startsAt = checked.get(0).startsAt(zone);
    this.trainerIds.clear();
    this.trainerIds.addAll(plan.trainerIds());
    revised();
  }

  /** Moves sessions in place by number, adds the new ones and drops those beyond the last. */
  private void reschedule(List<WorkshopSession> checked) {
    for (int i = 0; i < checked.size(); i++) {
      if (i < sessions.size()) {
        sessions.get(i).moveTo(checked.get(i).times());
      } else {
        sessions.add(checked.get(i).of(this));
      }
    }
    while (sessions.size() > checked.size()) {
      sessions.remove(sessions.size() - 1);
    }
  }

  private void revised() {
    this.revision++;
    this.changedAt = Instant.now();
  }

  /** Cancels the workshop; every enrolment and attendance record stays. */
  public void cancel(String reason) {
    if (status == WorkshopStatus.CANCELLED) {
      throw new ConflictException("status", "workshop.alreadyCancelled");
    }
    if (status == WorkshopStatus.CLOSED) {
      throw new ConflictException("status", "workshop.notChangeable.CLOSED");
    }
    this.status = WorkshopStatus.CANCELLED;
    this.cancelReason = reason;
    revised();
  }

  /** Schedules a draft: people may then sign up, reminders go out. A scheduled one stays so. */
  public void publish() {
    if (status == WorkshopStatus.DRAFT) {
      this.status = WorkshopStatus.SCHEDULED;
      revised();
    } else if (status != WorkshopStatus.SCHEDULED) {
      throw new ConflictException("status", "workshop.notChangeable." + status);
    }
  }

  /** Refuses to turn a scheduled workshop back into a draft: people may have signed up. */
  public void checkMayBeDraft() {
    if (status != WorkshopStatus.DRAFT) {
      throw new ConflictException("status", "workshop.status.noDraftAgain");
    }
  }

  /** When the last session ends, in real time. */
  public Instant endsAt() {
    ZoneId zone = zone();
    return sessions.stream()
        .map(session -> session.endsAt(zone))
        .max(Instant::compareTo)
        .orElse(startsAt);
  }

  /**
   * Closes the workshop once its last session has ended: its attendance and completions become
   * final. Only a scheduled workshop closes; {@code accountId} is null when it closes itself.
   */
  public void close(Instant now, Long accountId) {
    if (status == WorkshopStatus.CLOSED) {
      throw new ConflictException("status", "attendance.closure.alreadyClosed");
    }
    if (status != WorkshopStatus.SCHEDULED) {
      throw new ConflictException("status", "attendance.closure.notScheduled." + status);
    }
    if (now.isBefore(endsAt())) {
      WorkshopSession last = sessions.get(sessions.size() - 1);
      throw new ConflictException(
          "status",
          "attendance.closure.notEnded",
          last.getDate().toString(),
          last.getEnd().toString());
    }
    this.status = WorkshopStatus.CLOSED;
    this.closedAt = now;
    this.closedBy = accountId;
    revised();
  }

  /** Opens a closed workshop again, to correct its attendance before closing it anew. */
  public void reopen(Instant now) {
    if (status != WorkshopStatus.CLOSED) {
      throw new ConflictException("status", "attendance.closure.notClosed");
    }
    this.status = WorkshopStatus.SCHEDULED;
    this.closedAt = null;
    this.closedBy = null;
    this.reopenedAt = now;
    revised();
  }

  /**
   * Whether a scheduled workshop is due to close itself at {@code now}: its last session ended, and
   * its last re-opening happened, at least {@code after} ago.
   */
  public boolean closesItself(Instant now, java.time.Duration after) {
    Instant since = reopenedAt != null && reopenedAt.isAfter(endsAt()) ? reopenedAt : endsAt();
    return status == WorkshopStatus.SCHEDULED && !since.plus(after).isAfter(now);
  }

  /** Refuses attendance changes while the workshop is closed (re-open it first) or cancelled. */
  public void checkTakesAttendance() {
    if (status == WorkshopStatus.CLOSED) {
      throw new ConflictException("status", "attendance.closure.closedForAttendance");
    }
    if (status == WorkshopStatus.CANCELLED) {
      throw new ConflictException("status", "workshop.notChangeable.CANCELLED");
    }
  }

  public boolean isClosed() {
    return status == WorkshopStatus.CLOSED;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public Long getClosedBy() {
    return closedBy;
  }

  /** Refuses enrolment changes once the workshop is cancelled or closed. */
  public void checkTakesEnrolments() {
    if (status == WorkshopStatus.CANCELLED || status == WorkshopStatus.CLOSED) {
      throw new BusinessRuleException("workshop.noEnrolment." + status);
    }
  }

  /**
   * Refuses a person's own sign-up unless the workshop is scheduled, open to sign-ups (or to
   * requests), starts in the future and its sign-up deadline has not passed.
   */
  public void checkSelfSignUp(Instant now) {
    checkTakesEnrolments();
    if (status != WorkshopStatus.SCHEDULED || signUpMode == SignUpMode.INVITATION) {
      throw new BusinessRuleException("workshop.signUp.invitationOnly");
    }
    if (!startsAt.isAfter(now)) {
      throw new BusinessRuleException("workshop.signUp.past");
    }
    if (signUpDeadline != null && now.atZone(zone()).toLocalDate().isAfter(signUpDeadline)) {
      throw new BusinessRuleException("workshop.signUp.deadlinePassed", signUpDeadline);
    }
  }

  /** The seats, to take or free while this workshop's row is locked. */
  public Seats seats() {
    return seats;
  }

  public boolean hasTrainer(long accountId) {
    return trainerIds.contains(accountId);
  }

  public BigDecimal hours() {
    return sessions.stream().map(WorkshopSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }

  public Module getModule() {
    return module;
  }

  /** What the workshop is called: its own title, or its module's in the reader's language. */
  public WorkshopTitle title() {
    return new WorkshopTitle(title, module);
  }

  /** The title to show a reader of {@code locale}: the one place it is chosen. */
  public String title(Locale locale) {
    return title().in(locale);
  }

  public String getProject() {
    return project;
  }

  public String getVenueName() {
    return venueName;
  }

  public String getVenueAddress() {
    return venueAddress;
  }

  public City getCity() {
    return city;
  }

  public Country getCountry() {
    return country;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public SignUpMode getSignUpMode() {
    return signUpMode;
  }

  public LocalDate getSignUpDeadline() {
    return signUpDeadline;
  }

  public WorkshopStatus getStatus() {
    return status;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getLastDay() {
    return lastDay;
  }

  public Instant getStartsAt() {
    return startsAt;
  }

  public int getRevision() {
    return revision;
  }

  /** When what was scheduled last changed (the creation time for workshops never changed). */
  public Instant getChangedAt() {
    return changedAt == null ? createdAt : changedAt;
  }

  public List<WorkshopSession> getSessions() {
    return List.copyOf(sessions);
  }

  public Set<Long> getTrainerIds() {
    return Set.copyOf(trainerIds);
  }
}
