package org.capacita.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.capacita.shared.domain.BaseEntity;

/** When a learner finished reading one lesson of a module. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrolment_id", nullable = false, updatable = false)
  private ModuleEnrolment enrolment;

  @Column(name = "lesson_number", nullable = false, updatable = false)
  private int lessonNumber;

  @Column(name = "read_at", nullable = false, updatable = false)
  private Instant readAt;

  protected LessonProgress() {}

  LessonProgress(ModuleEnrolment enrolment, int lessonNumber, Instant readAt) {
    this.enrolment = enrolment;
    this.lessonNumber = lessonNumber;
    this.readAt = readAt;
  }

  public int getLessonNumber() {
    return lessonNumber;
  }

  public Instant getReadAt() {
    return readAt;
  }
}
