package org.capacita.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.capacita.people.application.DuplicateReview;
import org.capacita.people.application.PersonDirectory;
import org.capacita.people.domain.PersonMerge;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.PageMessages;
import org.capacita.shared.web.PageWindow;
import org.omnifaces.util.Faces;

/** {@code people/merges.xhtml}: the record of merges, each of which can be undone. */
@Named
@RequestScoped
public class MergesBacking {

  @Inject private DuplicateReview review;
  @Inject private PersonDirectory directory;

  private static final int PAGE = 50;

  private List<MergeRow> merges;
  private PageWindow window;
  private PersonRow person;

  /**
   * A page of the merges, newest first, or with {@code ?person=} (kept on the page's posts) one
   * person's.
   */
  @PostConstruct
  void load() {
    Long of = PersonParameter.of(Faces.getRequestParameter("person"));
    person = of == null ? null : PersonRow.of(directory.visible(of));
    long total = person == null ? review.countMerges() : review.countMergesOf(person.getId());
    window = PageWindow.of(Faces.getRequestParameter("page"), PAGE, total);
    merges =
        (person == null
                ? review.recentMerges(window.first(), PAGE)
                : review.mergesOf(person.getId(), window.first(), PAGE))
            .stream().map(MergeRow::new).toList();
  }

  /** Which of the merges the page shows, newest first. */
  public PageWindow getWindow() {
    return window;
  }

  /** The person whose merges are shown, or null for all. */
  public PersonRow getPerson() {
    return person;
  }

  public String undo(long mergeId) {
    try {
      review.undo(mergeId);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("people.merges.undone");
    return "/people/merges?faces-redirect=true&page="
        + window.page()
        + (person == null ? "" : "&person=" + person.getId());
  }

  public List<MergeRow> getMerges() {
    return merges;
  }

  /** One merge as the page shows it. */
  public static final class MergeRow {
    private final long id;
    private final PersonRow survivor;
    private final PersonRow duplicate;
    private final String mergedBy;
    private final Instant mergedAt;
    private final Instant undoneAt;

    MergeRow(PersonMerge merge) {
      this.id = merge.getId();
      this.survivor = PersonRow.of(merge.getSurvivor());
      this.duplicate = PersonRow.of(merge.getDuplicate());
      this.mergedBy = merge.getMergedBy();
      this.mergedAt = merge.getMergedAt();
      this.undoneAt = merge.getUndoneAt();
    }

    public long getId() {
      return id;
    }

    public PersonRow getSurvivor() {
      return survivor;
    }

    public PersonRow getDuplicate() {
      return duplicate;
    }

    public String getMergedBy() {
      return mergedBy;
    }

    public Instant getMergedAt() {
      return mergedAt;
    }

    public Instant getUndoneAt() {
      return undoneAt;
    }
  }
}
