package org.capacita.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.capacita.catalog.domain.CompletionRule;
import org.capacita.catalog.domain.Module;
import org.capacita.catalog.domain.ModuleStatus;
import org.capacita.shared.domain.BusinessRuleException;
import org.junit.jupiter.api.Test;

class ModuleEnrolmentTest {

  private static final Map<String, Integer> BANK = Map.of("Q01", 3, "Q02", 4, "Q03", 5, "Q04", 3);
  private static final Map<String, Integer> CORRECT =
      Map.of("Q01", 1, "Q02", 2, "Q03", 0, "Q04", 2);
  private static final Instant NOW = Instant.parse("2026-05-04T15:00:00Z");

  @Test
  void shouldShuffleEachPaperAndScoreAnswersThroughTheStoredShuffle() {
    Paper paper = Paper.shuffle(BANK, new Random(7));
    Paper stored = Paper.decode(paper.encode());

    Map<String, Integer> rightAsShown = new LinkedHashMap<>();
    for (Paper.Served q : stored.questions()) {
      rightAsShown.put(q.questionId(), q.order().indexOf(CORRECT.get(q.questionId())));
    }

    assertEquals(paper, stored);
    assertEquals(4, stored.countCorrect(rightAsShown, CORRECT));

    assertEquals(0, stored.countCorrect(Map.of("Q01", 99, "Q99", 0), CORRECT));
  }

  @Test
  void shouldKeepLessonsInOrderAfterThePretestAndCompleteOnceThePosttestIsPassed() {
    ModuleEnrolment enrolment =
        new ModuleEnrolment(7L, module(CompletionRule.LESSONS_AND_POSTTEST), NOW);

    assertEquals(NextStep.PRE_TEST, enrolment.nextStep());
    assertThrows(BusinessRuleException.class, () -> enrolment.checkMayOpen(1));
    TestAttempt pre = enrolment.startTest(TestKind.PRE, 0, BANK, NOW);
    pre.submit(Map.of(), CORRECT, NOW);
    enrolment.scored(pre);
    assertEquals(0, enrolment.getPreScore());

    assertEquals(NextStep.LESSON, enrolment.nextStep());
    assertThrows(BusinessRuleException.class, () -> enrolment.finishLesson(2, NOW));
    assertThrows(
        BusinessRuleException.class, () -> enrolment.startTest(TestKind.POST, 0, BANK, NOW));
    assertTrue(enrolment.finishLesson(1, NOW).isPresent());
    assertFalse(enrolment.finishLesson(1, NOW).isPresent(), "reading again changes nothing");
    assertEquals(2, enrolment.currentLesson());
    enrolment.finishLesson(2, NOW);
    assertFalse(enrolment.complete(NOW));

    TestAttempt first = enrolment.startTest(TestKind.POST, 0, BANK, NOW);
    first.submit(Map.of(), CORRECT, NOW);
    enrolment.scored(first);
    assertEquals(1, enrolment.attemptsLeft());
    assertFalse(enrolment.complete(NOW));
    TestAttempt second = enrolment.startTest(TestKind.POST, 1, BANK, NOW);
    second.submit(rightAnswers(second), CORRECT, NOW);
    enrolment.scored(second);

    assertEquals(100, enrolment.getBestPostScore());
    assertTrue(enrolment.complete(NOW));
    assertFalse(enrolment.complete(NOW), "completed once");
    assertEquals(NextStep.COMPLETED, enrolment.nextStep());
  }

  @Test
  void shouldRefuseAPosttestBeyondTheAttemptsAndASecondSubmission() {
    ModuleEnrolment enrolment =
        new ModuleEnrolment(7L, module(CompletionRule.LESSONS_AND_POSTTEST), NOW);
    TestAttempt pre = enrolment.startTest(TestKind.PRE, 0, BANK, NOW);
    pre.submit(Map.of(), CORRECT, NOW);
    enrolment.scored(pre);
    enrolment.finishLesson(1, NOW);
    enrolment.finishLesson(2, NOW);
    for (int i = 0; i < 2; i++) {
      TestAttempt attempt = enrolment.startTest(TestKind.POST, i, BANK, NOW);
      attempt.submit(Map.of(), CORRECT, NOW);
      enrolment.scored(attempt);
      assertThrows(BusinessRuleException.class, () -> attempt.submit(Map.of(), CORRECT, NOW));
    }

    assertEquals(NextStep.NO_ATTEMPTS_LEFT, enrolment.nextStep());
    BusinessRuleException refused =
        assertThrows(
            BusinessRuleException.class, () -> enrolment.startTest(TestKind.POST, 2, BANK, NOW));
    assertEquals("learning.test.noAttemptsLeft", refused.getMessageKey());
  }

  @Test
  void shouldCompleteAReadingModuleWithTheLastLesson() {
    ModuleEnrolment enrolment = new ModuleEnrolment(7L, module(CompletionRule.LESSONS), NOW);

    enrolment.finishLesson(1, NOW);
    assertFalse(enrolment.complete(NOW));
    enrolment.finishLesson(2, NOW);

    assertTrue(enrolment.complete(NOW));
    assertEquals(100, enrolment.percentDone());
  }

  private static Map<String, Integer> rightAnswers(TestAttempt attempt) {
    Map<String, Integer> answers = new LinkedHashMap<>();
    attempt
        .paper()
        .questions()
        .forEach(q -> answers.put(q.questionId(), q.order().indexOf(CORRECT.get(q.questionId()))));
    return answers;
  }

  private static Module module(CompletionRule rule) {
    Module module = new Module("TEST");
    boolean tests = rule == CompletionRule.LESSONS_AND_POSTTEST;
    module.refresh(
        new Module.ModuleFacts(
            1,
            ModuleStatus.PUBLISHED,
            BigDecimal.ONE,
            "Test",
            "Prueba",
            List.of("health"),
            List.of("en", "es"),
            2,
            tests,
            tests,
            75,
            2,
            rule),
        NOW);
    return module;
  }
}
