package org.capacita.people.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.capacita.people.application.DuplicateReview;
import org.capacita.people.domain.PersonMerge;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.PageMessages;

/** {@code people/merges.xhtml}: the record of merges, each of which can be undone. */
@Named
@RequestScoped
public class MergesBacking {

  @Inject private DuplicateReview review;

  private List<MergeRow> merges;

  @PostConstruct
  void load() {
    merges = review.recentMerges(0, 100).stream().map(MergeRow::new).toList();
  }

  public String undo(long mergeId) {
    try {
      review.undo(mergeId);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
      return null;
    }
    PageMessages.info("people.merges.undone");
    return "/people/merges?faces-redirect=true";
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
