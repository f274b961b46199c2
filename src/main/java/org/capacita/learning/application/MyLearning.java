package org.capacita.learning.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.capacita.learning.domain.ModuleEnrolment;
import org.capacita.learning.domain.TestAttempt;
import org.capacita.learning.domain.TestKind;
import org.capacita.people.application.People;
import org.capacita.people.domain.Person;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.security.Caller;
import org.capacita.shared.security.CurrentCaller;
import org.capacita.shared.security.Role;

/**
 * Online learning for the signed-in caller: every step acts on the person linked to the caller's
 * account, so nobody can read or answer another person's attempts. An account without a person
 * record is told so.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.LEAD_NAME, Role.TRAINER_NAME, Role.LEARNER_NAME})
public class MyLearning {

  @Inject private CurrentCaller callers;
  @Inject private People people;
  @Inject private OnlineLearning learning;

  /** The caller's person, if their account has one. */
  public Optional<Person> person() {
    return callers.find().map(Caller::personId).flatMap(people::find);
  }

  public ModuleEnrolment enrol(String code) {
    return learning.enrol(personId(), code);
  }

  public Optional<ModuleEnrolment> enrolment(String code) {
    return person().flatMap(p -> learning.enrolment(p.getId(), code));
  }

  public List<ModuleEnrolment> enrolments() {
    return person().map(p -> learning.enrolments(p.getId())).orElse(List.of());
  }

  public ModuleEnrolment openLesson(String code, int number) {
    return learning.openLesson(personId(), code, number);
  }

  public ModuleEnrolment finishLesson(String code, int number) {
    return learning.finishLesson(personId(), code, number);
  }

  public TestAttempt startTest(String code, TestKind kind) {
    return learning.startTest(personId(), code, kind);
  }

  public TestAttempt attempt(long attemptId) {
    return learning.attempt(personId(), attemptId);
  }

  public TestAttempt submit(long attemptId, Map<String, Integer> chosen) {
    return learning.submit(personId(), attemptId, chosen);
  }

  private long personId() {
    return person().orElseThrow(() -> new BusinessRuleException("learning.noPerson")).getId();
  }
}
