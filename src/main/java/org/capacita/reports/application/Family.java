package org.capacita.reports.application;

import java.util.EnumSet;
import java.util.Set;
import org.capacita.reports.domain.Indicator;

/**
 * The queries a report takes: indicators of one family come from one SQL statement (one for the
 * rows, one for the totals). Completions' own facts in one (first-time people too: each fact holds
 * its person's first training day), certificates (by the day they were issued or revoked) in one
 * each.
 */
enum Family {
  FACTS(
      EnumSet.of(
          Indicator.PEOPLE,
          Indicator.PARTICIPATIONS,
          Indicator.FIRST_TIME_PEOPLE,
          Indicator.WORKSHOPS,
          Indicator.PERSON_HOURS,
          Indicator.ATTENDANCE_RATE,
          Indicator.KNOWLEDGE_GAIN,
          Indicator.PASS_SHARE)),
  ISSUED(EnumSet.of(Indicator.CERTIFICATES_ISSUED)),
  REVOKED(EnumSet.of(Indicator.CERTIFICATES_REVOKED));

  private final Set<Indicator> indicators;

  Family(Set<Indicator> indicators) {
    this.indicators = indicators;
  }

  /** The indicators of this family among those asked for, in their order. */
  EnumSet<Indicator> among(Set<Indicator> asked) {
    EnumSet<Indicator> mine = EnumSet.noneOf(Indicator.class);
    asked.stream().filter(indicators::contains).forEach(mine::add);
    return mine;
  }
}
