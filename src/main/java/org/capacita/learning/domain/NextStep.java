package org.capacita.learning.domain;

/** What a learner does next in a module. */
public enum NextStep {
  PRE_TEST,
  LESSON,
  POST_TEST,
  NO_ATTEMPTS_LEFT,
  COMPLETED
}
