package org.capacita.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.capacita.completion.application.OnlineScores;
import org.capacita.completion.domain.TestScores;
import org.capacita.learning.domain.ModuleEnrolment;

/**
 * The online scores a workshop's closure may count: each enrolment's pre-test and best post-test,
 * read 500 persons to a query.
 */
@ApplicationScoped
public class OnlineTestScores implements OnlineScores {

  private static final int CHUNK = 500;

  @PersistenceContext private EntityManager em;

  @Override
  public Map<Long, TestScores> of(String moduleCode, Collection<Long> personIds) {
    Map<Long, TestScores> scores = new HashMap<>();
    List<Long> ids = new ArrayList<>(personIds);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      em.createNamedQuery("ModuleEnrolment.findByModuleAndPersons", ModuleEnrolment.class)
          .setParameter("code", moduleCode)
          .setParameter("personIds", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
          .getResultList()
          .forEach(enrolment -> scores.put(enrolment.getPersonId(), enrolment.scores()));
    }
    return scores;
  }
}
