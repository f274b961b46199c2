package org.capacita.learning.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.capacita.catalog.application.Catalog;
import org.capacita.catalog.application.Modules;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.catalog.content.Question;
import org.capacita.catalog.domain.Module;
import org.capacita.completion.application.Completions;
import org.capacita.completion.domain.Completion;
import org.capacita.learning.domain.ModuleEnrolment;
import org.capacita.learning.domain.NextStep;
import org.capacita.learning.domain.TestAttempt;
import org.capacita.learning.domain.TestKind;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person's way through a module online, by person id. Pages and the API reach it through {@link
 * MyLearning}, which works out the caller's person; an attempt of another person is "not found".
 * Each step locks the enrolment row, so a double click cannot count twice.
 */
@Stateless
public class OnlineLearning {

  @Inject private Catalog catalog;
  @Inject private Modules modules;
  @Inject private Enrolments enrolments;
  @Inject private Completions completions;

  @Inject
  @ConfigProperty(name = "capacita.time-zone", defaultValue = "UTC")
  private String zone;

  /** Enrols the person in a published module, or returns the enrolment they have. */
  public ModuleEnrolment enrol(long personId, String code) {
    Module module = publishedModule(code);
    return enrolments
        .find(personId, module)
        .orElseGet(() -> enrolments.add(new ModuleEnrolment(personId, module, Instant.now())));
  }

  public Optional<ModuleEnrolment> enrolment(long personId, String code) {
    return modules.findByCode(code).flatMap(module -> enrolments.find(personId, module));
  }

  public List<ModuleEnrolment> enrolments(long personId) {
    return enrolments.ofPerson(personId);
  }

  /** Checks that lesson {@code number} may be opened now; returns the enrolment. */
  public ModuleEnrolment openLesson(long personId, String code, int number) {
    ModuleEnrolment enrolment = existing(personId, code);
    enrolment.checkMayOpen(number);
    return enrolment;
  }

  /** Marks a lesson read; after the last one the module may be complete. */
  public ModuleEnrolment finishLesson(long personId, String code, int number) {
    ModuleEnrolment enrolment = locked(personId, code);
    enrolment.finishLesson(number, Instant.now()).ifPresent(enrolments::add);
    completeIfDue(enrolment);
    return enrolment;
  }

  /** The open sitting of a test, or a new one when one may start. */
  public TestAttempt startTest(long personId, String code, TestKind kind) {
    ModuleEnrolment enrolment = locked(personId, code);
    List<TestAttempt> earlier = enrolments.attempts(enrolment, kind);
    Optional<TestAttempt> open = earlier.stream().filter(a -> !a.isSubmitted()).findFirst();
    if (open.isPresent()) {
      return open.get();
    }
    Map<String, Integer> bank = new LinkedHashMap<>();
    content(code).bank().forEach(q -> bank.put(q.id(), q.options().size()));
    if (bank.isEmpty()) {
      throw new BusinessRuleException("learning.test.noQuestions");
    }
    return enrolments.add(enrolment.startTest(kind, earlier.size(), bank, Instant.now()));
  }

  /** An attempt of this person; another person's is not found. */
  public TestAttempt attempt(long personId, long attemptId) {
    return enrolments
        .attempt(attemptId)
        .filter(a -> a.getPersonId() == personId)
        .orElseThrow(NotFoundException::new);
  }

  /**
   * Scores the chosen options (question id to the position chosen, as shown on the paper) on the
   * server, records the score on the enrolment and completes the module when its rule is met.
   */
  public TestAttempt submit(long personId, long attemptId, Map<String, Integer> chosen) {
    TestAttempt attempt = attempt(personId, attemptId);
    ModuleEnrolment enrolment = attempt.getEnrolment();
    enrolments.lock(enrolment);
    Map<String, Integer> correct = new LinkedHashMap<>();
    for (Question question : content(enrolment.getModule().getCode()).bank()) {
      correct.put(question.id(), question.correct());
    }
    attempt.submit(chosen, correct, Instant.now());
    enrolment.scored(attempt);
    completeIfDue(enrolment);
    return attempt;
  }

  public NextStep nextStep(ModuleEnrolment enrolment) {
    return enrolment.nextStep();
  }

  private void completeIfDue(ModuleEnrolment enrolment) {
    Instant now = Instant.now();
    if (enrolment.complete(now)) {
      ZoneId recordZone = ZoneId.of(zone);
      completions.record(
          Completion.online(
              enrolment.getPersonId(),
              enrolment.getModule(),
              LocalDate.ofInstant(enrolment.getStartedAt(), recordZone),
              LocalDate.ofInstant(now, recordZone),
              enrolment.scores(),
              now));
    }
  }

  private ModuleEnrolment existing(long personId, String code) {
    return enrolment(personId, code).orElseThrow(NotFoundException::new);
  }

  private ModuleEnrolment locked(long personId, String code) {
    Module module = modules.findByCode(code).orElseThrow(NotFoundException::new);
    return enrolments.findForUpdate(personId, module).orElseThrow(NotFoundException::new);
  }

  private Module publishedModule(String code) {
    catalog.published(code).orElseThrow(NotFoundException::new);
    return modules.findByCode(code).filter(Module::isPublished).orElseThrow(NotFoundException::new);
  }

  private ModuleContent content(String code) {
    return catalog
        .find(code)
        .orElseThrow(() -> new BusinessRuleException("learning.moduleUnavailable"));
  }
}
