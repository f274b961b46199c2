package org.capacita.scheduling.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.capacita.shared.domain.BusinessRuleException;
import org.junit.jupiter.api.Test;

class SeatsTest {

  private static Seats seats(int capacity) {
    Seats seats = new Seats();
    seats.resize(capacity);
    return seats;
  }

  @Test
  void shouldTakeSeatsUntilTheWorkshopIsFull() {
    Seats seats = seats(2);

    assertTrue(seats.take());
    assertTrue(seats.take());
    assertFalse(seats.take(), "a third person gets no seat");
    assertEquals(2, seats.enrolled());
    assertEquals(0, seats.left());
  }

  @Test
  void shouldNumberTheWaitlistInArrivalOrderWithoutReusingNumbers() {
    Seats seats = seats(1);
    seats.take();

    assertEquals(1, seats.joinWaitlist());
    assertEquals(2, seats.joinWaitlist());
    seats.leftWaitlist();
    assertEquals(3, seats.joinWaitlist(), "a number once given is never given again");
    assertEquals(2, seats.waitlisted());
  }

  @Test
  void shouldPromoteFromTheWaitlistOnlyIntoAFreeSeat() {
    Seats seats = seats(1);
    seats.take();
    seats.joinWaitlist();

    assertThrows(IllegalStateException.class, seats::promotedFromWaitlist, "no seat is free");
    seats.freed();
    seats.promotedFromWaitlist();

    assertEquals(1, seats.enrolled());
    assertEquals(0, seats.waitlisted());
  }

  @Test
  void shouldRefuseToFreeOrDequeueWhatNobodyHolds() {
    Seats seats = seats(3);

    assertThrows(IllegalStateException.class, seats::freed);
    assertThrows(IllegalStateException.class, seats::leftWaitlist);
    assertThrows(IllegalStateException.class, seats::promotedFromWaitlist);
    assertEquals(0, seats.enrolled());
    assertEquals(0, seats.waitlisted());
  }

  @Test
  void shouldNeverShrinkBelowThePeopleEnrolled() {
    Seats seats = seats(3);
    seats.take();
    seats.take();

    BusinessRuleException below = assertThrows(BusinessRuleException.class, () -> seats.resize(1));
    assertEquals("workshop.capacity.belowEnrolled", below.getMessageKey());
    BusinessRuleException zero = assertThrows(BusinessRuleException.class, () -> seats.resize(0));
    assertEquals("workshop.capacity.positive", zero.getMessageKey());
    seats.resize(2);
    assertEquals(0, seats.left());
    assertEquals(2, seats.capacity());
  }
}
