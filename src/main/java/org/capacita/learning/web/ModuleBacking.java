package org.capacita.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.capacita.catalog.application.Catalog;
import org.capacita.catalog.content.Lesson;
import org.capacita.catalog.content.ModuleContent;
import org.capacita.catalog.web.ModuleCard;
import org.capacita.completion.application.Completions;
import org.capacita.completion.domain.Completion;
import org.capacita.learning.application.MyLearning;
import org.capacita.learning.domain.ModuleEnrolment;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;
import org.omnifaces.util.Faces;

/**
 * {@code catalog/module.xhtml?code=}: one module, and for a signed-in learner, their place in it.
 */
@Named
@ViewScoped
public class ModuleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Catalog catalog;
  @Inject private MyLearning learning;
  @Inject private Completions completions;
  @Inject private LocaleSelector localeSelector;

  private String code;
  private transient ModuleContent content;
  private transient ModuleEnrolment enrolment;
  private transient Completion completion;
  private boolean hasPerson;

  public void load() {
    content = catalog.published(code).orElseThrow(NotFoundException::new);
    if (Faces.getRemoteUser() != null) {
      learning
          .person()
          .ifPresent(
              person -> {
                hasPerson = true;
                enrolment = learning.enrolment(code).orElse(null);
                completion = completions.findOnline(person.getId(), code).orElse(null);
              });
    }
  }

  public String start() {
    try {
      learning.enrol(code);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("learning.enrolled", getCard().title());
    return "/learning/lesson?faces-redirect=true&code=" + code;
  }

  public ModuleCard getCard() {
    return ModuleCard.of(content, localeSelector.getLocale());
  }

  public ModuleContent getContent() {
    return content;
  }

  public List<Lesson> getLessons() {
    return content.lessons(localeSelector.getLocale());
  }

  public Optional<ModuleEnrolment> getEnrolment() {
    return Optional.ofNullable(enrolment);
  }

  public Completion getCompletion() {
    return completion;
  }

  public boolean isHasPerson() {
    return hasPerson;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
