package org.capacita.attendance.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.capacita.completion.domain.TestScores;
import org.capacita.shared.domain.BaseEntity;

/**
 * A person's pre- and post-test scores on paper in one workshop, entered by a trainer: counted by
 * the workshop's closure (the module's pass mark applies) and copied into the completion, as online
 * attempts are, so that knowledge gain can be reported for workshops too.
 */
@Entity
@Table(name = "paper_score")
@NamedQuery(
    name = "PaperScore.findByWorkshop",
    query = "SELECT s FROM PaperScore s WHERE s.workshopId = :workshopId ORDER BY s.personId")
public class PaperScore extends BaseEntity {

  @Column(name = "workshop_id", nullable = false, updatable = false)
  private long workshopId;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @Column(name = "pre_score")
  private Integer preScore;

  @Column(name = "post_score")
  private Integer postScore;

  @Column(name = "entered_by")
  private Long enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  protected PaperScore() {}

  public PaperScore(long workshopId, long personId) {
    this.workshopId = workshopId;
    this.personId = personId;
  }

  /** Replaces the scores (each 0 to 100, or null when not sat). */
  public void enter(TestScores scores, Long accountId, Instant now) {
    this.preScore = scores.pre();
    this.postScore = scores.post();
    this.enteredBy = accountId;
    this.enteredAt = now;
  }

  public TestScores scores() {
    return new TestScores(preScore, postScore);
  }

  public long getWorkshopId() {
    return workshopId;
  }

  public long getPersonId() {
    return personId;
  }

  public Instant getEnteredAt() {
    return enteredAt;
  }
}
