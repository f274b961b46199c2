package org.capacita.learning.rest;

import java.time.Instant;
import org.capacita.learning.domain.ModuleEnrolment;

/** The caller's standing in a module. */
public record EnrolmentView(
    String code,
    String nextStep,
    int lessonsRead,
    int lessonCount,
    int percentDone,
    Integer preScore,
    Integer bestPostScore,
    int postAttemptsLeft,
    Instant completedAt) {

  static EnrolmentView of(ModuleEnrolment e) {
    return new EnrolmentView(
        e.getModule().getCode(),
        e.nextStep().name(),
        e.getLessonsRead(),
        e.getModule().getLessonCount(),
        e.percentDone(),
        e.getPreScore(),
        e.getBestPostScore(),
        e.attemptsLeft(),
        e.getCompletedAt());
  }
}
