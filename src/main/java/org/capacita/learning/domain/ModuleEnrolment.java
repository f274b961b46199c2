package org.capacita.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.capacita.catalog.domain.CompletionRule;
import org.capacita.catalog.domain.Module;
import org.capacita.completion.domain.TestScores;
import org.capacita.shared.domain.BaseEntity;
import org.capacita.shared.domain.BusinessRuleException;

/**
 * A person taking a module online. It guards the order of things: the pre-test (if any) before the
 * first lesson, lessons one after another, the post-test after the last lesson and only as many
 * times as the module allows; and it knows when the module's completion rule is met.
 */
@Entity
@Table(name = "module_enrolment")
@NamedQuery(
    name = "ModuleEnrolment.findOne",
    query = "SELECT e FROM ModuleEnrolment e WHERE e.personId = :personId AND e.module = :module")
@NamedQuery(
    name = "ModuleEnrolment.findByPerson",
    query =
        "SELECT e FROM ModuleEnrolment e JOIN FETCH e.module WHERE e.personId = :personId"
            + " ORDER BY e.startedAt DESC")
@NamedQuery(
    name = "ModuleEnrolment.findByModuleAndPersons",
    query =
        "SELECT e FROM ModuleEnrolment e WHERE e.module.code = :code"
            + " AND e.personId IN :personIds")
public class ModuleEnrolment extends BaseEntity {

  @Column(name = "person_id", nullable = false, updatable = false)
  private long personId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "module_id", nullable = false, updatable = false)
  private Module module;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "lessons_read", nullable = false)
  private int lessonsRead;

  @Column(name = "pre_score")
  private Integer preScore;

  @Column(name = "best_post_score")
  private Integer bestPostScore;

  @Column(name = "post_attempts", nullable = false)
  private int postAttempts;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected ModuleEnrolment() {}

  public ModuleEnrolment(long personId, Module module, Instant now) {
    if (!module.isPublished()) {
      throw new BusinessRuleException("learning.notPublished");
    }
    this.personId = personId;
    this.module = Objects.requireNonNull(module);
    this.startedAt = now;
  }

  /** What the learner does next. */
  public NextStep nextStep() {
    if (isCompleted()) {
      return NextStep.COMPLETED;
    }
    if (module.hasPreTest() && preScore == null) {
      return NextStep.PRE_TEST;
    }
    if (lessonsRead < module.getLessonCount()) {
      return NextStep.LESSON;
    }
    if (!module.hasPostTest()) {
      return NextStep.COMPLETED;
    }
    return postAttempts < module.getMaxAttempts() ? NextStep.POST_TEST : NextStep.NO_ATTEMPTS_LEFT;
  }

  /** The lesson to resume at: the first unread one (or the last, when all are read). */
  public int currentLesson() {
    return Math.max(1, Math.min(lessonsRead + 1, module.getLessonCount()));
  }

  /** Whether lesson {@code number} may be opened: read already, or the next one. */
  public void checkMayOpen(int number) {
    if (number < 1 || number > module.getLessonCount()) {
      throw new org.capacita.shared.domain.NotFoundException();
    }
    if (module.hasPreTest() && preScore == null) {
      throw new BusinessRuleException("learning.lesson.pretestFirst");
    }
    if (number > lessonsRead + 1) {
      throw new BusinessRuleException("learning.lesson.locked", lessonsRead + 1);
    }
  }

  /** Marks lesson {@code number} read; a progress row when it is the next one, else nothing. */
  public Optional<LessonProgress> finishLesson(int number, Instant now) {
    checkMayOpen(number);
    if (number <= lessonsRead) {
      return Optional.empty();
    }
    lessonsRead = number;
    return Optional.of(new LessonProgress(this, number, now));
  }

  /**
   * A new sitting of a test, shuffled from the bank; refused when it is not that test's turn or no
   * attempt is left. Post-test attempts count when they start, so leaving one does not give a free
   * retry.
   */
  public TestAttempt startTest(
      TestKind kind, int previousAttempts, java.util.Map<String, Integer> bank, Instant now) {
    Random random = new java.security.SecureRandom();
    if (kind == TestKind.PRE) {
      if (!module.hasPreTest() || preScore != null || previousAttempts > 0) {
        throw new BusinessRuleException("learning.test.preNotOpen");
      }
    } else {
      NextStep step = nextStep();
      if (step == NextStep.NO_ATTEMPTS_LEFT) {
        throw new BusinessRuleException("learning.test.noAttemptsLeft", module.getMaxAttempts());
      }
      if (step != NextStep.POST_TEST) {
        throw new BusinessRuleException("learning.test.postNotOpen");
      }
      postAttempts++;
    }
    return new TestAttempt(this, kind, previousAttempts + 1, Paper.shuffle(bank, random), now);
  }

  /** Takes a scored attempt into account: the pre-test score, or the best post-test score. */
  public void scored(TestAttempt attempt) {
    if (attempt.getKind() == TestKind.PRE) {
      preScore = attempt.getScore();
    } else if (bestPostScore == null || attempt.getScore() > bestPostScore) {
      bestPostScore = attempt.getScore();
    }
  }

  /** Whether the module's completion rule is met now. */
  public boolean meetsCompletionRule() {
    boolean lessonsDone = lessonsRead >= module.getLessonCount();
    if (module.getCompletionRule() == CompletionRule.LESSONS) {
      return lessonsDone;
    }
    return lessonsDone && bestPostScore != null && bestPostScore >= module.getPassMark();
  }

  /** Marks the module completed, once; true when this call completed it. */
  public boolean complete(Instant now) {
    if (completedAt != null || !meetsCompletionRule()) {
      return false;
    }
    completedAt = now;
    return true;
  }

  public boolean isCompleted() {
    return completedAt != null;
  }

  public int attemptsLeft() {
    return Math.max(0, module.getMaxAttempts() - postAttempts);
  }

  /** Share of the module done, 0 to 100: lessons read, and the post-test when the rule has one. */
  public int percentDone() {
    if (isCompleted()) {
      return 100;
    }
    int steps = module.getLessonCount() + (module.hasPostTest() ? 1 : 0);
    return steps == 0 ? 0 : Math.min(100, 100 * lessonsRead / steps);
  }

  /** The pre-test score and the best post-test score, as a completion copies them. */
  public TestScores scores() {
    return new TestScores(preScore, bestPostScore);
  }

  public long getPersonId() {
    return personId;
  }

  public Module getModule() {
    return module;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public int getLessonsRead() {
    return lessonsRead;
  }

  public Integer getPreScore() {
    return preScore;
  }

  public Integer getBestPostScore() {
    return bestPostScore;
  }

  public int getPostAttempts() {
    return postAttempts;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
