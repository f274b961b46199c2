package org.capacita.enrollment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.capacita.catalog.domain.Module;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Country;
import org.capacita.scheduling.domain.SessionTimes;
import org.capacita.scheduling.domain.SignUpMode;
import org.capacita.scheduling.domain.Venue;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopPlan;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.ConflictException;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  private static final Instant NOW = Instant.parse("2027-04-01T12:00:00Z");
  private static final Long TRAINER = 7L;

  private static Workshop workshop() {
    City antofagasta = new City(new Country() {}, "Antofagasta");
    WorkshopPlan plan =
        new WorkshopPlan(
            new Module("MIG-HEALTH"),
            "Migración y salud",
            null,
            new Venue("Hospital Regional", null, antofagasta),
            ZoneId.of("America/Santiago"),
            20,
            List.of(
                new SessionTimes(
                    LocalDate.parse("2027-04-17"), LocalTime.of(9, 0), LocalTime.of(13, 0))),
            SignUpMode.OPEN,
            null,
            Set.of(TRAINER));
    return new Workshop(plan, TRAINER, NOW);
  }

  private static Enrolment fresh() {
    return new Enrolment(workshop(), 42L, NOW);
  }

  @Test
  void shouldStartCancelledUntilItIsOpened() {
    Enrolment enrolment = fresh();

    assertFalse(enrolment.isActive());
    enrolment.open(EnrolmentStatus.WAITLISTED, 3, TRAINER, NOW);

    assertTrue(enrolment.isActive());
    assertEquals(EnrolmentStatus.WAITLISTED, enrolment.getStatus());
    assertEquals(3, enrolment.getQueueNumber());
    assertEquals(TRAINER, enrolment.getChangedBy());
  }

  @Test
  void shouldRefuseToOpenAnEnrolmentThatIsActive() {
    Enrolment enrolment = fresh();
    enrolment.open(EnrolmentStatus.ENROLLED, null, TRAINER, NOW);

    ConflictException again =
        assertThrows(
            ConflictException.class,
            () -> enrolment.open(EnrolmentStatus.ENROLLED, null, TRAINER, NOW));
    assertEquals("enrollment.already.ENROLLED", again.getMessageKey());
    assertThrows(
        IllegalArgumentException.class,
        () -> fresh().open(EnrolmentStatus.CANCELLED, null, TRAINER, NOW));
  }

  @Test
  void shouldTellWhatItWasWhenCancelledAndReopenAfterwards() {
    Enrolment enrolment = fresh();
    enrolment.open(EnrolmentStatus.WAITLISTED, 5, null, NOW);

    assertEquals(EnrolmentStatus.WAITLISTED, enrolment.cancel(TRAINER, NOW.plusSeconds(60)));
    assertNull(enrolment.getQueueNumber(), "a cancelled enrolment holds no place in the queue");
    BusinessRuleException twice =
        assertThrows(BusinessRuleException.class, () -> enrolment.cancel(TRAINER, NOW));
    assertEquals("enrollment.notActive", twice.getMessageKey());

    enrolment.open(EnrolmentStatus.ENROLLED, null, null, NOW.plusSeconds(120));
    assertEquals(EnrolmentStatus.ENROLLED, enrolment.getStatus());
    assertEquals(NOW.plusSeconds(120), enrolment.getChangedAt());
  }

  @Test
  void shouldPromoteOnlyAWaitlistedPerson() {
    Enrolment enrolled = fresh();
    enrolled.open(EnrolmentStatus.ENROLLED, null, null, NOW);
    assertThrows(IllegalStateException.class, () -> enrolled.promote(null, NOW));

    Enrolment waiting = fresh();
    waiting.open(EnrolmentStatus.WAITLISTED, 1, null, NOW);
    waiting.promote(null, NOW);
    assertEquals(EnrolmentStatus.ENROLLED, waiting.getStatus());
    assertNull(waiting.getQueueNumber());
    assertNull(waiting.getChangedBy(), "the system promoted them");
  }

  @Test
  void shouldApproveOnlyARequestedPlace() {
    Enrolment requested = fresh();
    requested.open(EnrolmentStatus.REQUESTED, null, null, NOW);
    requested.approve(EnrolmentStatus.ENROLLED, null, TRAINER, NOW);
    assertEquals(EnrolmentStatus.ENROLLED, requested.getStatus());

    ConflictException notRequested =
        assertThrows(
            ConflictException.class,
            () -> requested.approve(EnrolmentStatus.ENROLLED, null, TRAINER, NOW));
    assertEquals("enrollment.notRequested", notRequested.getMessageKey());
  }

  @Test
  void shouldLetAWalkInTakePartWithoutASeatFromAnyStatusButTakingPart() {
    Enrolment fresh = new Enrolment(workshop(), 42, NOW);
    assertEquals(EnrolmentStatus.CANCELLED, fresh.walkIn(TRAINER, NOW));
    assertEquals(EnrolmentStatus.WALK_IN, fresh.getStatus());
    assertTrue(fresh.getStatus().takesPart());
    assertTrue(fresh.isActive());

    Enrolment waiting = new Enrolment(workshop(), 43, NOW);
    waiting.open(EnrolmentStatus.WAITLISTED, 1, TRAINER, NOW);
    assertEquals(EnrolmentStatus.WAITLISTED, waiting.walkIn(TRAINER, NOW));
    assertNull(waiting.getQueueNumber());

    Enrolment seated = new Enrolment(workshop(), 44, NOW);
    seated.open(EnrolmentStatus.ENROLLED, null, TRAINER, NOW);
    assertEquals(EnrolmentStatus.ENROLLED, seated.walkIn(TRAINER, NOW));
    assertEquals(EnrolmentStatus.ENROLLED, seated.getStatus(), "one with a seat keeps it");
    assertFalse(EnrolmentStatus.WAITLISTED.takesPart());
    assertFalse(EnrolmentStatus.REQUESTED.takesPart());
  }
}
