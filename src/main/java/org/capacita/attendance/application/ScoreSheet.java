package org.capacita.attendance.application;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.capacita.completion.domain.TestScores;
import org.capacita.scheduling.domain.Workshop;

/** A workshop's enrolled people with their paper scores, by name. */
public record ScoreSheet(Workshop workshop, List<Row> rows) {

  /** One person: id, full name, scores so far (nulls when none). */
  public record Row(long personId, String name, TestScores scores) {

    static final Comparator<Row> BY_NAME =
        Comparator.comparing(Row::name, Collator.getInstance(Locale.forLanguageTag("es")))
            .thenComparingLong(Row::personId);
  }
}
