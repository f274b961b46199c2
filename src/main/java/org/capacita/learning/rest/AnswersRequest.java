package org.capacita.learning.rest;

import java.util.List;

/**
 * The options chosen: for each question id, the position (from 0) of the option in the order the
 * attempt served them. There is nothing else to send: the server scores the attempt.
 */
public record AnswersRequest(List<Answer> answers) {

  /** One question's chosen option. */
  public record Answer(String question, Integer option) {}
}
