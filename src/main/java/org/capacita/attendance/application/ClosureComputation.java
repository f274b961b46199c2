package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.capacita.attendance.domain.ClosureOutcome;
import org.capacita.attendance.domain.ClosureRule;
import org.capacita.completion.application.OnlineScores;
import org.capacita.completion.domain.TestScores;
import org.capacita.enrollment.application.Enrolments;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopSession;

/**
 * Judges every participant of a workshop by its module's rule (see {@link ClosureRule}): the people
 * enrolled and anyone with an attended mark, their attended sessions from the ledger, their paper
 * scores and online scores together. A handful of queries whatever the roster's size.
 */
@ApplicationScoped
public class ClosureComputation {

  @Inject private AttendanceLedger ledger;
  @Inject private Enrolments enrolments;
  @Inject private PaperScores paperScores;
  @Inject private OnlineScores onlineScores;

  /** Each participant's outcome, by person id. */
  public List<ClosureOutcome> outcomes(Workshop workshop) {
    Map<Integer, BigDecimal> hours = new LinkedHashMap<>();
    for (WorkshopSession session : workshop.getSessions()) {
      hours.put(session.getNumber(), session.hours());
    }
    Map<Long, Set<Integer>> attended = ledger.attendedSessions(workshop.getId());
    Set<Long> people = new TreeSet<>(attended.keySet());
    for (Enrolment enrolment : enrolments.ofWorkshop(workshop, 0, Integer.MAX_VALUE)) {
      if (enrolment.getStatus().takesPart()) {
        people.add(enrolment.getPersonId());
      }
    }
    Map<Long, TestScores> paper = paperScores.scoresOf(workshop.getId());
    Map<Long, TestScores> online = onlineScores.of(workshop.getModule().getCode(), people);
    ClosureRule rule = ClosureRule.of(workshop.getModule());
    return people.stream()
        .map(
            person ->
                rule.judge(
                    person,
                    hours,
                    attended.getOrDefault(person, Set.of()),
                    paper
                        .getOrDefault(person, TestScores.none())
                        .or(online.getOrDefault(person, TestScores.none()))))
        .toList();
  }
}
