package org.capacita.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.capacita.catalog.domain.Module;
import org.capacita.shared.domain.BaseEntity;
import org.capacita.shared.domain.ConflictException;

/**
 * One sitting of a pre- or post-test: the paper as served, then the answers and the score the
 * server worked out from them. A learner never sends a score; once submitted it never changes.
 */
@Entity
@Table(name = "test_attempt")
@NamedQuery(
    name = "TestAttempt.findByEnrolment",
    query =
        "SELECT a FROM TestAttempt a WHERE a.enrolment = :enrolment AND a.kind = :kind"
            + " ORDER BY a.number")
public class TestAttempt extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
  private ModuleEnrolment enrolment;

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "module_id", nullable = false, updatable = false)
  private Module module;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 4, updatable = false)
  private TestKind kind;

  @Column(name = "attempt_number", nullable = false, updatable = false)
  private int number;

  @Column(nullable = false, length = 4000, updatable = false)
  private String paper;

  @Column(length = 4000)
  private String answers;

  @Column(name = "correct_count")
  private Integer correctCount;

  @Column(name = "question_count", nullable = false)
  private int questionCount;

  private Integer score;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected TestAttempt() {}

  TestAttempt(ModuleEnrolment enrolment, TestKind kind, int number, Paper paper, Instant now) {
    this.enrolment = Objects.requireNonNull(enrolment);
    this.personId = enrolment.getPersonId();
    this.module = enrolment.getModule();
    this.kind = Objects.requireNonNull(kind);
    this.number = number;
    this.paper = paper.encode();
    this.questionCount = paper.questions().size();
    this.startedAt = now;
  }

  /**
   * Scores the answers (question id to the position chosen, as shown) against {@code correct}
   * (question id to the written position of the right option), as a whole percentage.
   */
  public int submit(Map<String, Integer> chosen, Map<String, Integer> correct, Instant now) {
    if (isSubmitted()) {
      throw new ConflictException(null, "learning.test.alreadySubmitted");
    }
    Paper served = paper();
    served.checkPositions(chosen);
    this.answers = served.encodeAnswers(chosen);
    this.correctCount = served.countCorrect(chosen, correct);
    this.score = questionCount == 0 ? 0 : Math.round(100f * correctCount / questionCount);
    this.submittedAt = now;
    return score;
  }

  public Paper paper() {
    return Paper.decode(paper);
  }

  public Map<String, Integer> answers() {
    return Paper.decodeAnswers(answers);
  }

  public boolean isSubmitted() {
    return submittedAt != null;
  }

  public ModuleEnrolment getEnrolment() {
    return enrolment;
  }

  public long getPersonId() {
    return personId;
  }

  public TestKind getKind() {
    return kind;
  }

  public int getNumber() {
    return number;
  }

  public Integer getScore() {
    return score;
  }

  public Integer getCorrectCount() {
    return correctCount;
  }

  public int getQuestionCount() {
    return questionCount;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
