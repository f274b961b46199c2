package org.capacita.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.capacita.catalog.application.Catalog;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.learning.application.MyLearning;
import org.capacita.learning.application.ShownQuestion;
import org.capacita.learning.domain.ModuleEnrolment;
import org.capacita.learning.domain.TestAttempt;
import org.capacita.learning.domain.TestKind;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * {@code learning/test.xhtml}: with {@code code} and {@code kind}, opens the learner's sitting of a
 * test and moves to {@code ?attempt=}; there, the questions, then the score. Only the chosen
 * positions are posted; the server scores them.
 */
@Named
@ViewScoped
public class TestBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MyLearning learning;
  @Inject private Catalog catalog;
  @Inject private LocaleSelector localeSelector;

  private String code;
  private TestKind kind;
  private Long attempt;
  private List<ShownQuestion> questions = List.of();
  private final Map<String, Integer> chosen = new HashMap<>();
  private Result result;
  private Set<String> unanswered = Set.of();

  public void load() {
    try {
      if (attempt == null) {
        ModuleContent content = catalog.published(code).orElseThrow(NotFoundException::new);
        ModuleEnrolment enrolment = learning.enrolment(code).orElseThrow(NotFoundException::new);
        result = Result.intro(enrolment, content.descriptor().title(localeSelector.getLocale()));
        return;
      }
      TestAttempt sitting = learning.attempt(attempt);
      ModuleEnrolment enrolment = sitting.getEnrolment();
      code = enrolment.getModule().getCode();
      kind = sitting.getKind();
      ModuleContent content = catalog.find(code).orElseThrow(NotFoundException::new);
      questions = ShownQuestion.of(sitting, content, localeSelector.getLocale());
      result =
          Result.of(sitting, enrolment, content.descriptor().title(localeSelector.getLocale()));
    } catch (NotFoundException e) {
      throw e; // a 404, answered by the error handling
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      Faces.redirect("catalog/module.xhtml?code=" + code);
    }
  }

  /** Opens the sitting (the open one, or a new shuffled paper): a POST, as it changes state. */
  public String start() {
    try {
      return "/learning/test?faces-redirect=true&attempt=" + learning.startTest(code, kind).getId();
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return "/catalog/module?faces-redirect=true&code=" + code;
    }
  }

  /** Scores a fully answered sitting; else shows the page again, with what was left out. */
  public String submit() {
    unanswered =
        questions.stream()
            .map(ShownQuestion::id)
            .filter(id -> chosen.get(id) == null)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    if (!unanswered.isEmpty()) {
      return null;
    }
    try {
      TestAttempt scored = learning.submit(attempt, chosen);
      if (scored.getEnrolment().isCompleted() && scored.getKind() == TestKind.POST) {
        PageMessages.info("learning.completed", result.moduleTitle());
      }
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
    }
    return "/learning/test?faces-redirect=true&attempt=" + attempt;
  }

  /** The questions left unanswered by the last submit, by id. */
  public Set<String> getUnanswered() {
    return unanswered;
  }

  public Map<String, Integer> getChosen() {
    return chosen;
  }

  public List<ShownQuestion> getQuestions() {
    return questions;
  }

  public Result getResult() {
    return result;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public TestKind getKind() {
    return kind;
  }

  public void setKind(TestKind kind) {
    this.kind = kind;
  }

  public Long getAttempt() {
    return attempt;
  }

  public void setAttempt(Long attempt) {
    this.attempt = attempt;
  }

  /** What the page shows about the sitting. */
  public record Result(
      String moduleTitle,
      int number,
      boolean submitted,
      Integer score,
      Integer correct,
      int questionCount,
      int passMark,
      int maxAttempts,
      int attemptsLeft,
      boolean completed,
      boolean passed)
      implements Serializable {

    static Result intro(ModuleEnrolment e, String title) {
      return new Result(
          title,
          e.getPostAttempts() + 1,
          false,
          null,
          null,
          0,
          e.getModule().getPassMark(),
          e.getModule().getMaxAttempts(),
          e.attemptsLeft(),
          e.isCompleted(),
          false);
    }

    static Result of(TestAttempt a, ModuleEnrolment e, String title) {
      int passMark = e.getModule().getPassMark();
      return new Result(
          title,
          a.getNumber(),
          a.isSubmitted(),
          a.getScore(),
          a.getCorrectCount(),
          a.getQuestionCount(),
          passMark,
          e.getModule().getMaxAttempts(),
          e.attemptsLeft(),
          e.isCompleted(),
          a.getScore() != null && a.getScore() >= passMark);
    }
  }
}
