package org.capacita.learning.rest;

import java.time.Instant;
import java.util.List;
import org.capacita.learning.application.ShownQuestion;
import org.capacita.learning.domain.TestAttempt;

/**
 * A test attempt: questions and options in the order served (answer with the option's position in
 * this list, from 0), then, once submitted, the score the server worked out.
 */
public record AttemptView(
    long id,
    String code,
    String kind,
    int number,
    List<ShownQuestion> questions,
    Instant submittedAt,
    Integer correct,
    Integer score) {

  static AttemptView of(TestAttempt attempt, List<ShownQuestion> questions) {
    return new AttemptView(
        attempt.getId(),
        attempt.getEnrolment().getModule().getCode(),
        attempt.getKind().name(),
        attempt.getNumber(),
        questions,
        attempt.getSubmittedAt(),
        attempt.getCorrectCount(),
        attempt.getScore());
  }
}
