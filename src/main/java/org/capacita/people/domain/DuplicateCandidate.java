package org.capacita.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import org.capacita.shared.domain.BaseEntity;

/**
 * Two records that may be one person, waiting for a lead to merge or dismiss them. The pair is
 * stored with the lower id first, so that it is found once whichever record came second.
 */
@Entity
@Table(name = "duplicate_candidate")
@NamedQuery(
    name = "DuplicateCandidate.findPending",
    query =
        "SELECT d FROM DuplicateCandidate d WHERE d.status = org.capacita.people.domain."
            + "DuplicateCandidate.Status.PENDING AND d.score >= :minScore"
            + " ORDER BY d.score DESC, d.id")
@NamedQuery(
    name = "DuplicateCandidate.countPending",
    query =
        "SELECT COUNT(d) FROM DuplicateCandidate d WHERE d.status = org.capacita.people.domain."
            + "DuplicateCandidate.Status.PENDING AND d.score >= :minScore")
@NamedQuery(
    name = "DuplicateCandidate.findPendingOfPerson",
    query =
        "SELECT d FROM DuplicateCandidate d WHERE d.status = org.capacita.people.domain."
            + "DuplicateCandidate.Status.PENDING AND d.score >= :minScore"
            + " AND (d.personA.id = :person OR d.personB.id = :person)"
            + " ORDER BY d.score DESC, d.id")
@NamedQuery(
    name = "DuplicateCandidate.countPendingOfPerson",
    query =
        "SELECT COUNT(d) FROM DuplicateCandidate d WHERE d.status = org.capacita.people.domain."
            + "DuplicateCandidate.Status.PENDING AND d.score >= :minScore"
            + " AND (d.personA.id = :person OR d.personB.id = :person)")
@NamedQuery(
    name = "DuplicateCandidate.findPendingOf",
    query =
        "SELECT d.personA.id, d.personB.id FROM DuplicateCandidate d WHERE d.personA.id IN :ids"
            + " AND d.status = org.capacita.people.domain.DuplicateCandidate.Status.PENDING"
            + " AND d.score >= :minScore")
@NamedQuery(
    name = "DuplicateCandidate.findPair",
    query = "SELECT d FROM DuplicateCandidate d WHERE d.personA = :a AND d.personB = :b")
public class DuplicateCandidate extends BaseEntity {

  /** Where a candidate pair stands. */
  public enum Status {
    PENDING,
    MERGED,
    DISMISSED
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_a_id", nullable = false)
  private Person personA;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "person_b_id", nullable = false)
  private Person personB;

  @Column(nullable = false, precision = 4, scale = 3)
  private BigDecimal score;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(name = "found_at", nullable = false)
  private Instant foundAt;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected DuplicateCandidate() {}

  public DuplicateCandidate(Person one, Person other, double score, Instant foundAt) {
    boolean ordered = one.getId() < other.getId();
    this.personA = ordered ? one : other;
    this.personB = ordered ? other : one;
    this.score = BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP);
    this.status = Status.PENDING;
    this.foundAt = foundAt;
  }

  public static Person first(Person one, Person other) {
    return one.getId() < other.getId() ? one : other;
  }

  public void decide(Status decision, String who, Instant when) {
    this.status = decision;
    this.decidedBy = who;
    this.decidedAt = when;
  }

  /** Back to the queue, when the merge that settled it is undone. */
  public void reopen() {
    decide(Status.PENDING, null, null);
  }

  /**
   * Why the pair was suggested, from the two records as they stand now (which fields agree, which
   * differ): computed, never stored, so that a correction to either record shows at once.
   */
  public List<MatchEvidence> reasons(PersonMatcher matcher) {
    return matcher.explain(personA.facts(), personB.facts());
  }

  public Person getPersonA() {
    return personA;
  }

  public Person getPersonB() {
    return personB;
  }

  public double getScore() {
    return score.doubleValue();
  }

  public Status getStatus() {
    return status;
  }
}
