package org.capacita.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.capacita.shared.domain.BaseEntity;

/**
 * The record of one merge: who merged which duplicate into which survivor, when, and which records
 * moved ({@code "kind:id"} entries), so that it can be undone exactly.
 */
@Entity
@Table(name = "person_merge")
@NamedQuery(
    name = "PersonMerge.findRecent",
    query = "SELECT m FROM PersonMerge m ORDER BY m.mergedAt DESC, m.id DESC")
@NamedQuery(
    name = "PersonMerge.findRecentOfPerson",
    query =
        "SELECT m FROM PersonMerge m WHERE m.survivor.id = :person OR m.duplicate.id = :person"
            + " ORDER BY m.mergedAt DESC, m.id DESC")
@NamedQuery(name = "PersonMerge.count", query = "SELECT COUNT(m) FROM PersonMerge m")
@NamedQuery(
    name = "PersonMerge.countOfPerson",
    query =
        "SELECT COUNT(m) FROM PersonMerge m"
            + " WHERE m.survivor.id = :person OR m.duplicate.id = :person")
public class PersonMerge extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "survivor_id", nullable = false)
  private Person survivor;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "duplicate_id", nullable = false)
  private Person duplicate;

  @Column(name = "merged_by", nullable = false, length = 60)
  private String mergedBy;

  @Column(name = "merged_at", nullable = false)
  private Instant mergedAt;

  @Column(name = "undone_by", length = 60)
  private String undoneBy;

  @Column(name = "undone_at")
  private Instant undoneAt;

  @Column(name = "moved_records", nullable = false, length = 4000)
  private String movedRecords = "";

  protected PersonMerge() {}

  public PersonMerge(Person survivor, Person duplicate, String mergedBy, Instant mergedAt) {
    this.survivor = Objects.requireNonNull(survivor);
    this.duplicate = Objects.requireNonNull(duplicate);
    this.mergedBy = Objects.requireNonNull(mergedBy);
    this.mergedAt = Objects.requireNonNull(mergedAt);
  }

  /** Notes a record moved from the duplicate to the survivor, as {@code kind:id}. */
  public void moved(String kind, long id) {
    List<String> entries = new ArrayList<>(movedRecords());
    entries.add(kind + ":" + id);
    movedRecords = String.join(",", entries);
  }

  public List<String> movedRecords() {
    return movedRecords.isEmpty() ? List.of() : Arrays.asList(movedRecords.split(","));
  }

  public void undo(String who, Instant when) {
    if (isUndone()) {
      throw new IllegalStateException("This merge is undone already");
    }
    undoneBy = who;
    undoneAt = when;
  }

  public boolean isUndone() {
    return undoneAt != null;
  }

  public Person getSurvivor() {
    return survivor;
  }

  public Person getDuplicate() {
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
