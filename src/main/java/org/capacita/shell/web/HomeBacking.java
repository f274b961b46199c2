package org.capacita.shell.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.capacita.enrollment.application.EnrolmentResult;
import org.capacita.enrollment.application.MyWorkshops;
import org.capacita.learning.application.MyLearning;
import org.capacita.learning.domain.ModuleEnrolment;
import org.capacita.people.application.People;
import org.capacita.people.domain.Person;
import org.capacita.scheduling.application.TrainerAgenda;
import org.capacita.scheduling.application.TrainerAgenda.AgendaSession;
import org.capacita.shared.security.Caller;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;
import org.capacita.shared.web.LocaleSelector;

/**
 * {@code index.xhtml}: greets the signed-in person by their given names when the account has a
 * person in the registry (else by username); a trainer sees today's and the coming sessions of
 * their workshops (with the roll call and the check-in code), a learner their next workshop and
 * their modules in progress; the page then links each role to what it can do now.
 */
@Named
@RequestScoped
public class HomeBacking {

  private static final int SESSIONS_SHOWN = 8;

  @Inject private CurrentCaller caller;
  @Inject private People people;
  @Inject private TrainerAgenda agenda;
  @Inject private MyWorkshops myWorkshops;
  @Inject private MyLearning myLearning;
  @Inject private LocaleSelector localeSelector;

  private String name;
  private List<AgendaSession> sessions = List.of();
  private EnrolmentResult nextWorkshop;
  private List<ModuleEnrolment> modulesInProgress = List.of();

  @PostConstruct
  void load() {
    Optional<Caller> found = caller.find();
    name =
        found
            .flatMap(c -> people.findByAccount(c.accountId()))
            .map(Person::getGivenNames)
            .filter(given -> !given.isBlank())
            .orElseGet(
                () -> FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    if (found.isEmpty()) {
      return;
    }
    if (found.get().hasRole(Role.TRAINER)) {
      sessions = agenda.coming(SESSIONS_SHOWN, localeSelector.getLocale());
    }
    if (found.get().personId() != null) {
      Instant now = Instant.now();
      nextWorkshop =
          myWorkshops.enrolments().stream()
              .filter(e -> e.enrolment().getWorkshop().endsAt().isAfter(now))
              .filter(e -> e.enrolment().getWorkshop().getStatus().name().equals("SCHEDULED"))
              .min(Comparator.comparing(e -> e.enrolment().getWorkshop().getStartsAt()))
              .orElse(null);
      modulesInProgress = myLearning.enrolments().stream().filter(e -> !e.isCompleted()).toList();
    }
  }

  /** The name to greet the person by. */
  public String getName() {
    return name;
  }

  /** A trainer's sessions that have not ended, soonest first. */
  public List<AgendaSession> getSessions() {
    return sessions;
  }

  /** The learner's next workshop not yet over (enrolled or waitlisted), or null. */
  public EnrolmentResult getNextWorkshop() {
    return nextWorkshop;
  }

  public List<ModuleEnrolment> getModulesInProgress() {
    return modulesInProgress;
  }
}
