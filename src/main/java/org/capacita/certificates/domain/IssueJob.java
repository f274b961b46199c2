package org.capacita.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.capacita.shared.domain.BaseEntity;

/** One background run of a workshop's "issue certificates": how far it got, and what it issued. */
@Entity
@Table(name = "certificate_issue_job")
@NamedQuery(
    name = "IssueJob.findByState",
    query = "SELECT j FROM IssueJob j WHERE j.state = :state ORDER BY j.id")
@NamedQuery(
    name = "IssueJob.findRunningOf",
    query =
        "SELECT j FROM IssueJob j WHERE j.workshopId = :workshopId"
            + " AND j.state = org.capacita.certificates.domain.IssueJob.State.RUNNING")
public class IssueJob extends BaseEntity {

  /** Where a run stands. */
  public enum State {
    RUNNING,
    FINISHED
  }

  @Column(name = "workshop_id", nullable = false, updatable = false)
  private long workshopId;

  @Column(name = "requested_by", nullable = false, updatable = false)
  private long requestedBy;

  @Column(nullable = false, length = 500, updatable = false)
  private String site;

  @Column(nullable = false)
  private int total;

  @Column(nullable = false)
  private int done;

  @Column(nullable = false)
  private int issued;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "mail_holders", nullable = false)
  private boolean mailHolders;

  protected IssueJob() {}

  public IssueJob(long workshopId, long requestedBy, String site, Instant now) {
    this.workshopId = workshopId;
    this.requestedBy = requestedBy;
    this.site = site;
    this.state = State.RUNNING;
    this.startedAt = now;
  }

  /** The run e-mails each holder their certificate (once ever each); a later request may ask. */
  public void mailHolders() {
    mailHolders = true;
  }

  public boolean isMailHolders() {
    return mailHolders;
  }

  /** Starts (or, after a restart, starts again) over {@code completions} completions. */
  public void begin(int completions) {
    total = completions;
    done = 0;
    issued = 0;
    state = State.RUNNING;
  }

  /** {@code completions} more handled, of which this run issued {@code issuedNow} certificates. */
  public void handled(int completions, int issuedNow) {
    done = Math.min(total, done + completions);
    issued += issuedNow;
  }

  public void finish(Instant now) {
    done = total;
    state = State.FINISHED;
    finishedAt = now;
  }

  /** How far it got, 0 to 100 (100 for a run with nothing to do). */
  public int percent() {
    return total == 0 ? (state == State.FINISHED ? 100 : 0) : (int) (100L * done / total);
  }

  public boolean isRunning() {
    return state == State.RUNNING;
  }

  public long getWorkshopId() {
    return workshopId;
  }

  public long getRequestedBy() {
    return requestedBy;
  }

  public String getSite() {
    return site;
  }

  public int getTotal() {
    return total;
  }

  public int getDone() {
    return done;
  }

  public int getIssued() {
    return issued;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }
}
