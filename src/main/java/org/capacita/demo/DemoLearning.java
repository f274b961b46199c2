package org.capacita.demo;

import jakarta.annotation.Priority;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.capacita.accounts.application.AccountRepository;
import org.capacita.accounts.domain.Account;
import org.capacita.catalog.application.Catalog;
import org.capacita.infrastructure.database.DatabaseReady;
import org.capacita.learning.application.OnlineLearning;
import org.capacita.learning.domain.TestAttempt;
import org.capacita.learning.domain.TestKind;
import org.capacita.people.application.People;
import org.capacita.people.domain.Person;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With demo data on, the demo learner is Valentina Choque Condori of the registry, halfway through
 * the module on caring for trafficked persons: pre-test taken, two lessons read. Set up once.
 */
@Stateless
public class DemoLearning {

  private static final Logger LOG = Logger.getLogger(DemoLearning.class.getName());
  private static final String MODULE = "TIP-HEALTH";
  private static final String PERSON_EMAIL = "v.choque@demo.example.org";

  @Inject private AccountRepository accounts;
  @Inject private People people;
  @Inject private Catalog catalog;
  @Inject private OnlineLearning learning;

  @Inject
  @ConfigProperty(name = "capacita.demo-data", defaultValue = "false")
  private boolean enabled;

  public void onDatabaseReady(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 20) DatabaseReady ready) {
    if (!enabled) {
      return;
    }
    Account learner = accounts.findByUsername("learner").orElse(null);
    if (learner == null) {
      return;
    }
    Person person =
        people
            .findByAccount(learner.getId())
            .or(
                () ->
                    people.findUnlinkedByEmail(PERSON_EMAIL).stream()
                        .findFirst()
                        .map(
                            p -> {
                              p.linkAccount(learner.getId());
                              return p;
                            }))
            .orElse(null);
    if (person == null
        || catalog.published(MODULE).isEmpty()
        || learning.enrolment(person.getId(), MODULE).isPresent()) {
      return;
    }
    learning.enrol(person.getId(), MODULE);
    TestAttempt pre = learning.startTest(person.getId(), MODULE, TestKind.PRE);
    Map<String, Integer> firstOptions = new HashMap<>();
    pre.paper().questions().forEach(q -> firstOptions.put(q.questionId(), 0));
    learning.submit(person.getId(), pre.getId(), firstOptions);
    learning.finishLesson(person.getId(), MODULE, 1);
    learning.finishLesson(person.getId(), MODULE, 2);
    LOG.info(() -> "Demo learner " + person.fullName() + " is part-way through " + MODULE);
  }
}
