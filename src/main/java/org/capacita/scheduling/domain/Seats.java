package org.capacita.scheduling.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.capacita.shared.domain.BusinessRuleException;

/**
 * A workshop's seats: its capacity, the people enrolled and waitlisted, and the next place in the
 * waitlist's queue. They live on the workshop's row and change only while that row is locked for
 * the transaction ({@code SELECT ... FOR UPDATE}), so they are exact under simultaneous sign-ups; a
 * database {@code CHECK} keeps the enrolled within the capacity as well.
 */
@Embeddable
public class Seats {

  @Column(nullable = false)
  private int capacity;

  @Column(name = "enrolled_count", nullable = false)
  private int enrolled;

  @Column(name = "waitlisted_count", nullable = false)
  private int waitlisted;

  @Column(name = "next_queue_number", nullable = false)
  private int nextQueueNumber = 1;

  /** Sets the capacity; it may not fall below the people enrolled. */
  void resize(int newCapacity) {
    if (newCapacity < 1) {
      throw BusinessRuleException.onField("capacity", "workshop.capacity.positive");
    }
    if (newCapacity < enrolled) {
      throw BusinessRuleException.onField("capacity", "workshop.capacity.belowEnrolled", enrolled);
    }
    this.capacity = newCapacity;
  }

  /** Takes a seat if one is left; false when the workshop is full. */
  public boolean take() {
    if (enrolled >= capacity) {
      return false;
    }
    enrolled++;
    return true;
  }

  /** Joins the end of the waitlist; returns the queue number that orders it. */
  public int joinWaitlist() {
    waitlisted++;
    return nextQueueNumber++;
  }

  /** An enrolled person left: their seat is free again. */
  public void freed() {
    if (enrolled == 0) {
      throw new IllegalStateException("No seat is taken");
    }
    enrolled--;
  }

  /** A waitlisted person left the queue. */
  public void leftWaitlist() {
    if (waitlisted == 0) {
      throw new IllegalStateException("Nobody is waitlisted");
    }
    waitlisted--;
  }

  /** A waitlisted person moves into a free seat. */
  public void promotedFromWaitlist() {
    if (waitlisted == 0) {
      throw new IllegalStateException("Nobody is waitlisted");
    }
    if (enrolled >= capacity) {
      throw new IllegalStateException("No seat is free");
    }
    waitlisted--;
    enrolled++;
  }

  public int left() {
    return Math.max(0, capacity - enrolled);
  }

  public int capacity() {
    return capacity;
  }

  public int enrolled() {
    return enrolled;
  }

  public int waitlisted() {
    return waitlisted;
  }
}
