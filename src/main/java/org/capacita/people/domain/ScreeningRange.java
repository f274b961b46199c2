package org.capacita.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Persons stored by an import, by their ids from first to last, who still wait to be compared with
 * the rest of the registry for duplicates. Written by the import itself, in its transaction.
 */
@Entity
@Table(name = "duplicate_screening")
@NamedQuery(name = "ScreeningRange.oldest", query = "SELECT MIN(r.id) FROM ScreeningRange r")
public class ScreeningRange {

  @Id private Long id;

  @Column(name = "first_person_id", nullable = false)
  private long firstPersonId;

  @Column(name = "last_person_id", nullable = false)
  private long lastPersonId;

  @Column(name = "queued_at", nullable = false)
  private Instant queuedAt;

  protected ScreeningRange() {}

  public long getFirstPersonId() {
    return firstPersonId;
  }

  public long getLastPersonId() {
    return lastPersonId;
  }

  /** Records that every person up to {@code personId} is screened; true when none is left. */
  public boolean screenedUpTo(long personId) {
    firstPersonId = personId + 1;
    return firstPersonId > lastPersonId;
  }
}
