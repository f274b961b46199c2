package org.capacita.attendance.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.capacita.attendance.domain.PaperScore;
import org.capacita.completion.domain.TestScores;
import org.capacita.enrollment.application.Enrolments;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.people.application.People;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * Paper pre- and post-tests: a lead or the workshop's trainer enters each enrolled person's scores,
 * 0 to 100, all in one transaction or none. Scores count at the workshop's closure (the module's
 * pass mark applies) and are copied into completions like online scores.
 */
@Stateless
@RolesAllowed({Role.LEAD_NAME, Role.TRAINER_NAME})
public class PaperScoring {

  private static final Logger LOG = Logger.getLogger(PaperScoring.class.getName());

  @Inject private CurrentCaller callers;
  @Inject private Workshops workshops;
  @Inject private Enrolments enrolments;
  @Inject private PaperScores paperScores;
  @Inject private People people;

  /** The enrolled people with their paper scores so far, by name. */
  public ScoreSheet sheet(long workshopId) {
    Workshop workshop = managed(workshopId, false);
    Map<Long, TestScores> scores = paperScores.scoresOf(workshopId);
    Set<Long> persons = new TreeSet<>(enrolled(workshop));
    persons.addAll(scores.keySet());
    Map<Long, String> names = people.names(persons);
    List<ScoreSheet.Row> rows =
        persons.stream()
            .map(
                p ->
                    new ScoreSheet.Row(
                        p, names.getOrDefault(p, ""), scores.getOrDefault(p, TestScores.none())))
            .sorted(ScoreSheet.Row.BY_NAME)
            .toList();
    return new ScoreSheet(workshop, rows);
  }

  /**
   * Stores the scores of each listed person, all or none: a score outside 0 to 100 is a 400 naming
   * it, a person not enrolled a 422; a closed workshop must be re-opened first.
   */
  public int enter(long workshopId, List<ScoreEntry> entries) {
    Workshop workshop = managed(workshopId, true);
    workshop.checkTakesAttendance();
    Set<Long> enrolled = enrolled(workshop);
    for (int i = 0; i < entries.size(); i++) {
      ScoreEntry entry = entries.get(i);
      String at = "scores[" + i + "]";
      if (entry == null || entry.personId() == null) {
        throw new InvalidInputException(at + ".personId", "attendance.paperScores.personRequired");
      }
      check(entry.pre(), at + ".pre");
      check(entry.post(), at + ".post");
      if (!enrolled.contains(entry.personId())) {
        throw BusinessRuleException.onField(
            at + ".personId", "attendance.paperScores.notEnrolled", entry.personId());
      }
    }
    Map<Long, PaperScore> existing = new HashMap<>();
    paperScores.ofWorkshop(workshopId).forEach(s -> existing.put(s.getPersonId(), s));
    long account = callers.get().accountId();
    Instant now = Instant.now();
    for (ScoreEntry entry : entries) {
      PaperScore score =
          existing.computeIfAbsent(
              entry.personId(), p -> paperScores.add(new PaperScore(workshopId, p)));
      score.enter(new TestScores(entry.pre(), entry.post()), account, now);
    }
    LOG.info(
        () -> "Paper scores of workshop " + workshopId + ": " + entries.size() + " by " + account);
    return entries.size();
  }

  private static void check(Integer score, String field) {
    if (score != null && (score < 0 || score > 100)) {
      throw new InvalidInputException(field, "attendance.paperScores.range", score);
    }
  }

  private Set<Long> enrolled(Workshop workshop) {
    Set<Long> enrolled = new TreeSet<>();
    for (Enrolment e : enrolments.ofWorkshop(workshop, 0, Integer.MAX_VALUE)) {
      if (e.getStatus().takesPart()) {
        enrolled.add(e.getPersonId());
      }
    }
    return enrolled;
  }

  private Workshop managed(long id, boolean lock) {
    Actor actor = Actor.of(callers.get());
    return (lock ? workshops.lock(id) : workshops.find(id))
        .filter(actor::manages)
        .orElseThrow(NotFoundException::new);
  }

  /** One person's scores to enter; a null score was not sat. */
  public record ScoreEntry(Long personId, Integer pre, Integer post) {}
}
