package org.capacita.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.capacita.catalog.application.Catalog;
import org.capacita.catalog.content.Lesson;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.learning.application.MyLearning;
import org.capacita.learning.domain.ModuleEnrolment;
import org.capacita.learning.domain.NextStep;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * {@code learning/lesson.xhtml?code=&n=}: one lesson; without {@code n}, wherever the learner
 * resumes (the pre-test, the first unread lesson, the post-test).
 */
@Named
@ViewScoped
public class LessonBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MyLearning learning;
  @Inject private Catalog catalog;
  @Inject private LocaleSelector localeSelector;

  private String code;
  private Integer n;
  private transient ModuleContent content;
  private transient ModuleEnrolment enrolment;
  private transient Lesson lesson;

  public void load() {
    try {
      content = catalog.published(code).orElseThrow(NotFoundException::new);
      enrolment = learning.enrolment(code).orElseThrow(NotFoundException::new);
      if (n == null) {
        Faces.redirect(resumeAt(enrolment));
        return;
      }
      learning.openLesson(code, n);
      lesson = content.lesson(n, localeSelector.getLocale()).orElseThrow(NotFoundException::new);
    } catch (NotFoundException e) {
      throw e; // a 404, answered by the error handling
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      Faces.redirect(resumeAt(enrolment));
    }
  }

  public String finish() {
    ModuleEnrolment after;
    try {
      after = learning.finishLesson(code, n);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    if (after.isCompleted() && after.getCompletedAt() != null && n == content.lessonCount()) {
      PageMessages.info(
          "learning.completed", content.descriptor().title(localeSelector.getLocale()));
      return "/learning/index?faces-redirect=true";
    }
    return n < content.lessonCount()
        ? "/learning/lesson?faces-redirect=true&code=" + code + "&n=" + (n + 1)
        : "/learning/lesson?faces-redirect=true&code=" + code;
  }

  private String resumeAt(ModuleEnrolment e) {
    NextStep step = e == null ? NextStep.COMPLETED : e.nextStep();
    return switch (step) {
      case PRE_TEST -> "learning/test.xhtml?code=" + code + "&kind=PRE";
      case LESSON -> "learning/lesson.xhtml?code=" + code + "&n=" + e.currentLesson();
      case POST_TEST -> "learning/test.xhtml?code=" + code + "&kind=POST";
      case NO_ATTEMPTS_LEFT, COMPLETED -> "catalog/module.xhtml?code=" + code;
    };
  }

  public List<Lesson> getLessons() {
    return content.lessons(localeSelector.getLocale());
  }

  /** Whether lesson {@code number} may be opened: read already, or the next one. */
  public boolean isOpen(int number) {
    return number <= enrolment.getLessonsRead() + 1;
  }

  public String getModuleTitle() {
    return content.descriptor().title(localeSelector.getLocale());
  }

  public int getLessonCount() {
    return content.lessonCount();
  }

  public ModuleEnrolment getEnrolment() {
    return enrolment;
  }

  public Lesson getLesson() {
    return lesson;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public Integer getN() {
    return n;
  }

  public void setN(Integer n) {
    this.n = n;
  }
}
