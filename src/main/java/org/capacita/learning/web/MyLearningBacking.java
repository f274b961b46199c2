package org.capacita.learning.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.capacita.catalog.domain.Module;
import org.capacita.completion.application.Completions;
import org.capacita.completion.domain.Completion;
import org.capacita.completion.domain.CompletionRoute;
import org.capacita.enrollment.application.MyWorkshops;
import org.capacita.learning.application.MyLearning;
import org.capacita.learning.domain.ModuleEnrolment;
import org.capacita.people.domain.Person;
import org.capacita.shared.web.LocaleSelector;

/**
 * {@code learning/index.xhtml}: the caller's modules, in progress and completed, and their
 * workshops: upcoming, waitlisted and past.
 */
@Named
@RequestScoped
public class MyLearningBacking {

  @Inject private MyLearning learning;
  @Inject private Completions completions;
  @Inject private MyWorkshops myWorkshops;
  @Inject private LocaleSelector localeSelector;

  private boolean hasPerson;
  private List<Row> rows = List.of();
  private LearnerWorkshops workshops = LearnerWorkshops.NONE;

  public void load() {
    Person person = learning.person().orElse(null);
    hasPerson = person != null;
    if (person == null) {
      return;
    }
    workshops = LearnerWorkshops.of(myWorkshops.enrolments(), localeSelector.getLocale());
    Map<String, LocalDate> completedOn =
        completions.ofPerson(person.getId()).stream()
            .filter(c -> c.getRoute() == CompletionRoute.ONLINE)
            .collect(
                Collectors.toMap(
                    Completion::getModuleCode, Completion::getCompletedOn, (a, b) -> a));
    rows =
        learning.enrolments().stream()
            .map(e -> Row.of(e, localeSelector, completedOn.get(e.getModule().getCode())))
            .toList();
  }

  public boolean isHasPerson() {
    return hasPerson;
  }

  public List<Row> getRows() {
    return rows;
  }

  public LearnerWorkshops getWorkshops() {
    return workshops;
  }

  /** One module of the caller's. */
  public record Row(
      String code,
      String title,
      int percentDone,
      boolean completed,
      LocalDate completedOn,
      Integer preScore,
      Integer postScore) {

    static Row of(ModuleEnrolment e, LocaleSelector locale, LocalDate completedOn) {
      Module module = e.getModule();
      return new Row(
          module.getCode(),
          module.title(locale.getLocale()),
          e.percentDone(),
          e.isCompleted(),
          completedOn,
          e.getPreScore(),
          e.getBestPostScore());
    }
  }
}
