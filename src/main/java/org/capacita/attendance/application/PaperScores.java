package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.capacita.attendance.domain.PaperScore;
import org.capacita.completion.domain.TestScores;

/** Loads and stores a workshop's paper test scores. Callers bring the transaction. */
@ApplicationScoped
public class PaperScores {

  @PersistenceContext private EntityManager em;

  public List<PaperScore> ofWorkshop(long workshopId) {
    return em.createNamedQuery("PaperScore.findByWorkshop", PaperScore.class)
        .setParameter("workshopId", workshopId)
        .getResultList();
  }

  /** Person id to their paper scores in the workshop. */
  public Map<Long, TestScores> scoresOf(long workshopId) {
    Map<Long, TestScores> scores = new HashMap<>();
    ofWorkshop(workshopId).forEach(s -> scores.put(s.getPersonId(), s.scores()));
    return scores;
  }

  public PaperScore add(PaperScore score) {
    em.persist(score);
    return score;
  }
}
