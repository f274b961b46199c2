package org.capacita.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.capacita.people.application.DuplicateReview;
import org.capacita.people.application.PersonDirectory;
import org.capacita.people.domain.DuplicateCandidate;
import org.capacita.people.domain.MatchEvidence;
import org.capacita.people.domain.PersonMatcher;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.PageMessages;
import org.capacita.shared.web.PageWindow;
import org.omnifaces.util.Faces;

/** {@code people/duplicates.xhtml}: a lead decides, pair by pair, which records are one person. */
@Named
@RequestScoped
public class DuplicatesBacking {

  private static final int PAGE = 50;

  @Inject private DuplicateReview review;

  @Inject private PersonDirectory directory;

  private final PersonMatcher matcher = new PersonMatcher();
  private List<Pair> pairs;
  private long total;
  private PageWindow window;
  private PersonRow person;

  /** The whole queue, or with {@code ?person=} (kept on the page's posts) one person's pairs. */
  @PostConstruct
  void load() {
    Long of = PersonParameter.of(Faces.getRequestParameter("person"));
    person = of == null ? null : PersonRow.of(directory.visible(of));
    double threshold = PersonMatcher.DEFAULT_THRESHOLD;
    total =
        person == null
            ? review.countPending(threshold)
            : review.countPendingOf(person.getId(), threshold);
    window = PageWindow.of(Faces.getRequestParameter("page"), PAGE, total);
    List<DuplicateCandidate> candidates =
        person == null
            ? review.pending(threshold, window.first(), PAGE)
            : review.pendingOf(person.getId(), threshold, window.first(), PAGE);
    pairs =
        candidates.stream()
            .map(candidate -> new Pair(candidate, candidate.reasons(matcher)))
            .toList();
  }

  /** Which of the pending pairs the page shows, highest score first. */
  public PageWindow getWindow() {
    return window;
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
    // from one person's pairs, on to the survivor's merges, where this one can be undone
    return person == null ? again() : "/people/merges?faces-redirect=true&person=" + survivorId;
  }

  public String dismiss(long candidateId) {
    review.dismiss(candidateId);
    PageMessages.info("people.duplicates.dismissed");
    return again();
  }

  /** Back to the same page of the queue (the pairs after the decided one move up). */
  private String again() {
    return "/people/duplicates?faces-redirect=true&page="
        + window.page()
        + (person == null ? "" : "&person=" + person.getId());
  }

  /** The person whose pairs are shown, or null for the whole queue. */
  public PersonRow getPerson() {
    return person;
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
    private final List<MatchEvidence> agreeing;
    private final List<MatchEvidence> differing;

    Pair(DuplicateCandidate candidate, List<MatchEvidence> reasons) {
      this.agreeing = reasons.stream().filter(r -> r.agreement().agrees()).toList();
      this.differing = reasons.stream().filter(r -> !r.agreement().agrees()).toList();
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

    /** The fields on which the two records agree, alike or the same. */
    public List<MatchEvidence> getAgreeing() {
      return agreeing;
    }

    /** The fields on which they differ. */
    public List<MatchEvidence> getDiffering() {
      return differing;
    }
  }
}
