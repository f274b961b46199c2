package org.capacita.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.capacita.catalog.application.Catalog;
import org.capacita.catalog.content.ContentError;
import org.capacita.catalog.content.LoadReport;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.catalog.content.Question;
import org.capacita.completion.application.Completions;
import org.capacita.completion.domain.Completion;
import org.capacita.learning.application.OnlineLearning;
import org.capacita.learning.domain.ModuleEnrolment;
import org.capacita.learning.domain.NextStep;
import org.capacita.learning.domain.Paper;
import org.capacita.learning.domain.TestAttempt;
import org.capacita.learning.domain.TestKind;
import org.capacita.people.application.People;
import org.capacita.people.application.Places;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonDetails;
import org.capacita.people.domain.Sector;
import org.capacita.people.domain.Sex;
import org.capacita.people.domain.Workplace;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.support.RunningApplication;
import org.junit.jupiter.api.Test;

/**
 * Online learning inside the server, on the configured database (H2 or MariaDB), with the test
 * modules of {@code src/test/resources/it-content}: TEST-ONLINE (pre-test, three lessons, post-test
 * with pass mark 75 % and two attempts) and TEST-READING (two lessons, completed by reading).
 */
class LearningIT extends RunningApplication {

  private static final String ONLINE = "TEST-ONLINE";
  private static final String READING = "TEST-READING";

  @Inject private OnlineLearning learning;
  @Inject private Catalog catalog;
  @Inject private Completions completions;
  @Inject private People people;
  @Inject private Places places;
  @Inject private UserTransaction transaction;

  @PersistenceContext private EntityManager em;

  @Test
  void shouldLoadGoodModulesAndReportBrokenOnesWithFileAndLine() {
    LoadReport report = catalog.lastReport().orElseThrow();

    List<String> loaded = report.modules().stream().map(ModuleContent::code).toList();
    assertTrue(loaded.containsAll(List.of(ONLINE, READING, "TEST-DRAFT")), loaded.toString());
    List<String> where = report.errors().stream().map(ContentError::where).toList();
    assertTrue(where.contains("modules/BROKEN-DESC/module.properties:4"), where.toString());
    assertTrue(where.contains("modules/BROKEN-QUIZ/en/questions.md:1"), where.toString());
    assertEquals(
        0L,
        em.createQuery("SELECT COUNT(m) FROM Module m WHERE m.code LIKE 'BROKEN%'")
            .getSingleResult());
    assertEquals(
        new BigDecimal("2.5"),
        em.createQuery("SELECT m.hours FROM Module m WHERE m.code = :code")
            .setParameter("code", ONLINE)
            .getSingleResult());
  }

  @Test
  void shouldScoreAnswersThroughTheShuffleStoredWithTheAttempt() throws Exception {
    long person = newPerson();
    TestAttempt attempt =
        inTransaction(
            () -> {
              learning.enrol(person, ONLINE);
              return learning.startTest(person, ONLINE, TestKind.PRE);
            });
    Paper paper = Paper.decode(storedPaper(attempt.getId()));
    Map<String, Integer> firstShown = new HashMap<>();
    paper.questions().forEach(q -> firstShown.put(q.questionId(), 0));
    long expected =
        paper.questions().stream()
            .filter(q -> q.order().get(0).equals(correct().get(q.questionId())))
            .count();

    TestAttempt scored = inTransaction(() -> learning.submit(person, attempt.getId(), firstShown));

    assertEquals(expected, scored.getCorrectCount().longValue());
    assertEquals(Math.round(100f * expected / 4), scored.getScore());
    assertEquals(4, paper.questions().size());
    assertEquals(
        scored.getScore(),
        ((Number)
                em.createNativeQuery("SELECT pre_score FROM module_enrolment WHERE id = ?")
                    .setParameter(1, scored.getEnrolment().getId())
                    .getSingleResult())
            .intValue(),
        "the pre-test score is kept for knowledge gain");
  }

  @Test
  void shouldShuffleEachAttemptAfresh() throws Exception {
    String first = null;
    boolean differs = false;
    for (int i = 0; i < 8 && !differs; i++) {
      long person = newPerson();
      TestAttempt attempt =
          inTransaction(
              () -> {
                learning.enrol(person, ONLINE);
                return learning.startTest(person, ONLINE, TestKind.PRE);
              });
      String paper = storedPaper(attempt.getId());
      differs = first != null && !first.equals(paper);
      first = first == null ? paper : first;
    }
    assertTrue(differs, "eight papers in a row came out the same");
  }

  @Test
  void shouldLimitPostTestAttemptsAndRecordEachOne() throws Exception {
    long person = newPerson();
    readEverything(person, ONLINE);

    for (int i = 1; i <= 2; i++) {
      TestAttempt attempt = inTransaction(() -> learning.startTest(person, ONLINE, TestKind.POST));
      assertEquals(i, attempt.getNumber());
      TestAttempt scored = inTransaction(() -> learning.submit(person, attempt.getId(), Map.of()));
      assertEquals(0, scored.getScore());
    }
    BusinessRuleException refused =
        assertThrows(
            BusinessRuleException.class,
            () -> inTransaction(() -> learning.startTest(person, ONLINE, TestKind.POST)));

    assertEquals("learning.test.noAttemptsLeft", refused.getMessageKey());
    assertEquals(
        2L,
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM test_attempt WHERE person_id = ? AND kind = 'POST'"
                            + " AND submitted_at IS NOT NULL")
                    .setParameter(1, person)
                    .getSingleResult())
            .longValue());
    assertEquals(NextStep.NO_ATTEMPTS_LEFT, enrolment(person, ONLINE).nextStep());
    assertTrue(completions.findOnline(person, ONLINE).isEmpty());
  }

  @Test
  void shouldResumeTheOpenAttemptAndTheFirstUnreadLesson() throws Exception {
    long person = newPerson();
    inTransaction(() -> learning.enrol(person, ONLINE));
    long pre = inTransaction(() -> learning.startTest(person, ONLINE, TestKind.PRE)).getId();

    assertEquals(
        pre, inTransaction(() -> learning.startTest(person, ONLINE, TestKind.PRE)).getId());
    assertThrows(
        BusinessRuleException.class,
        () -> inTransaction(() -> learning.openLesson(person, ONLINE, 1)));
    inTransaction(() -> learning.submit(person, pre, Map.of()));
    inTransaction(() -> learning.finishLesson(person, ONLINE, 1));

    ModuleEnrolment resumed = enrolment(person, ONLINE);
    assertEquals(NextStep.LESSON, resumed.nextStep());
    assertEquals(2, resumed.currentLesson());
    BusinessRuleException skip =
        assertThrows(
            BusinessRuleException.class,
            () -> inTransaction(() -> learning.openLesson(person, ONLINE, 3)));
    assertEquals("learning.lesson.locked", skip.getMessageKey());
    long stranger = newPerson();
    assertThrows(
        NotFoundException.class, () -> inTransaction(() -> learning.attempt(stranger, pre)));
  }

  @Test
  void shouldCompleteByPassingThePostTestAndKeepBothScores() throws Exception {
    long person = newPerson();
    readEverything(person, ONLINE);
    TestAttempt post = inTransaction(() -> learning.startTest(person, ONLINE, TestKind.POST));
    Map<String, Integer> right = new HashMap<>();
    Paper.decode(storedPaper(post.getId()))
        .questions()
        .forEach(q -> right.put(q.questionId(), q.order().indexOf(correct().get(q.questionId()))));

    TestAttempt scored = inTransaction(() -> learning.submit(person, post.getId(), right));

    assertEquals(100, scored.getScore());
    ModuleEnrolment enrolment = enrolment(person, ONLINE);
    assertTrue(enrolment.isCompleted());
    assertEquals(0, enrolment.getPreScore());
    assertEquals(100, enrolment.getBestPostScore());
    Completion completion = completions.findOnline(person, ONLINE).orElseThrow();
    assertEquals(LocalDate.now(java.time.ZoneId.of("UTC")), completion.getCompletedOn());
    assertEquals(new BigDecimal("2.5"), completion.getHours());
    assertEquals(3, completion.getModuleVersion());
  }

  @Test
  void shouldCompleteAReadingModuleOnceAndNeverCountItTwice() throws Exception {
    long person = newPerson();
    inTransaction(() -> learning.enrol(person, READING));
    inTransaction(() -> learning.finishLesson(person, READING, 1));
    assertTrue(completions.findOnline(person, READING).isEmpty());

    inTransaction(() -> learning.finishLesson(person, READING, 2));
    inTransaction(() -> learning.finishLesson(person, READING, 2));
    Completion again =
        inTransaction(
            () ->
                completions.record(
                    Completion.online(
                        person, READING, 1, LocalDate.now(), BigDecimal.ONE, Instant.now())));

    assertEquals(completions.findOnline(person, READING).orElseThrow().getId(), again.getId());
    assertEquals(
        1L,
        inTransaction(
            () ->
                completions.ofPerson(person).stream()
                    .filter(c -> READING.equals(c.getModuleCode()))
                    .count()));
    assertEquals(NextStep.COMPLETED, enrolment(person, READING).nextStep());
    assertNotEquals(null, enrolment(person, READING).getCompletedAt());
    assertFalse(learning.enrolments(person).isEmpty());
  }

  private void readEverything(long person, String code) throws Exception {
    inTransaction(() -> learning.enrol(person, code));
    long pre = inTransaction(() -> learning.startTest(person, code, TestKind.PRE)).getId();
    inTransaction(() -> learning.submit(person, pre, Map.of()));
    for (int n = 1; n <= 3; n++) {
      int lesson = n;
      inTransaction(() -> learning.finishLesson(person, code, lesson));
    }
  }

  private Map<String, Integer> correct() {
    Map<String, Integer> correct = new HashMap<>();
    for (Question q : catalog.find(ONLINE).orElseThrow().bank()) {
      correct.put(q.id(), q.correct());
    }
    return correct;
  }

  private ModuleEnrolment enrolment(long person, String code) throws Exception {
    return inTransaction(() -> learning.enrolment(person, code).orElseThrow());
  }

  private String storedPaper(long attemptId) {
    return (String)
        em.createNativeQuery("SELECT paper FROM test_attempt WHERE id = ?")
            .setParameter(1, attemptId)
            .getSingleResult();
  }

  private long newPerson() throws Exception {
    return inTransaction(
        () -> {
          Sector health = places.sector("health").orElseThrow();
          City iquique = places.city(places.country("CL").orElseThrow(), "Iquique");
          Workplace workplace =
              new Workplace(places.institution("CESFAM Sur", health, iquique), health, iquique);
          String name = "Learner " + UUID.randomUUID().toString().substring(0, 8);
          PersonDetails details = new PersonDetails("Ana", name, Sex.F, null, null, null, null);
          return people.add(new Person(details, workplace, Instant.now())).getId();
        });
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }
}
