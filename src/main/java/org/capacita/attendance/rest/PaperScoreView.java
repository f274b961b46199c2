package org.capacita.attendance.rest;

import org.capacita.attendance.application.ScoreSheet;

/** One person's paper scores: {@code {"personId","pre","post"}}, a score null when not sat. */
public record PaperScoreView(long personId, Integer pre, Integer post) {

  static PaperScoreView of(ScoreSheet.Row row) {
    return new PaperScoreView(row.personId(), row.scores().pre(), row.scores().post());
  }
}
