package org.capacita.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.capacita.people.application.DuplicateReview;
import org.capacita.people.domain.DuplicateCandidate;
import org.capacita.people.domain.PersonMatcher;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.PageMessages;

/** {@code people/duplicates.xhtml}: a lead decides, pair by pair, which records are one person. */
@Named
@RequestScoped
public class DuplicatesBacking {

  private static final int PAGE = 50;

  @Inject private DuplicateReview review;

  private List<Pair> pairs;
  private long total;

  @PostConstruct
  void load() {
    pairs =
        review.pending(PersonMatcher.DEFAULT_THRESHOLD, 0, PAGE).stream().map(Pair::new).toList();
    total = review.countPending(PersonMatcher.DEFAULT_THRESHOLD);
  }

  /** Keeps {@code survivorId}; the other record of the pair is merged into it. */
  public String merge(long survivorId, long duplicateId) {
    try {
      review.merge(survivorId, duplicateId);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("people.duplicates.merged");
    return "/people/duplicates?faces-redirect=true";
  }

  public String dismiss(long candidateId) {
    review.dismiss(candidateId);
    PageMessages.info("people.duplicates.dismissed");
    return "/people/duplicates?faces-redirect=true";
  }

  public List<Pair> getPairs() {
    return pairs;
  }

  public long getTotal() {
    return total;
  }

  /** One pair as the page shows it. */
  public static final class Pair {
    private final long id;
    private final long score;
    private final PersonRow a;
    private final PersonRow b;

    Pair(DuplicateCandidate candidate) {
      this.id = candidate.getId();
      this.score = Math.round(candidate.getScore() * 100);
      this.a = PersonRow.of(candidate.getPersonA());
      this.b = PersonRow.of(candidate.getPersonB());
    }

    public long getId() {
      return id;
    }

    public long getScore() {
      return score;
    }

    public PersonRow getA() {
      return a;
    }

    public PersonRow getB() {
      return b;
    }
  }
}
