package org.capacita.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import org.capacita.catalog.application.Modules;
import org.capacita.enrollment.application.Enrolling;
import org.capacita.enrollment.application.EnrolmentResult;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.people.application.People;
import org.capacita.people.application.Places;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.support.RunningApplication;
import org.capacita.support.ServerFixtures;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 (quality.md F2), inside the server on the configured database (H2, or MariaDB in the
 * {@code mariadb} execution): 200 sign-ups released at once by a barrier for a 20-seat workshop
 * give exactly 20 enrolled and 180 waitlisted, nobody twice; then a burst of cancellations promotes
 * exactly as many waitlisted people, the first in the queue. Repeated {@code
 * capacita.test.race-repetitions} times (default 3; CI repeats it 50 times on MariaDB, the
 * production database, and 3 times on H2: {@code capacita.test.race-repetitions.h2}).
 */
class EnrolmentRaceIT extends RunningApplication {

  private static final Logger LOG = Logger.getLogger(EnrolmentRaceIT.class.getName());
  private static final int SEATS = 20;
  private static final int SIGN_UPS = 200;
  private static final int CANCELLATIONS = 10;
  private static final Actor LEAD = new Actor(0, true, false, null);

  @Inject private Enrolling enrolling;
  @Inject private Workshops workshops;
  @Inject private Modules modules;
  @Inject private People people;
  @Inject private Places places;
  @Inject private ServerFixtures fixtures;

  @PersistenceContext private EntityManager em;

  @Test
  void shouldNeverExceedCapacityUnderSimultaneousSignUpsAndPromoteInFifoOrder() throws Exception {
    int repetitions = repetitions();
    // The same people race for a new workshop in every round.
    List<Long> persons = newPersons(SIGN_UPS);
    for (int round = 1; round <= repetitions; round++) {
      long started = System.nanoTime();
      race(round, persons);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      LOG.info("Enrolment race " + round + "/" + repetitions + " took " + millis + " ms");
    }
  }

  /**
   * Sign-ups for different workshops do not wait for each other and never deadlock: under MySQL's
   * REPEATABLE READ, the locking read "is this person enrolled here" took a gap lock that spanned
   * neighbouring workshops' keys, and two inserts into that gap deadlocked (one answer in a few
   * hundred was a 500). The pool runs in READ COMMITTED, which takes no gap locks.
   */
  @Test
  void shouldSignUpForNeighbouringWorkshopsAtOnceWithoutDeadlock() throws Exception {
    for (int round = 1; round <= 3; round++) {
      List<Long> neighbours = List.of(newWorkshop(), newWorkshop(), newWorkshop(), newWorkshop());
      List<Long> persons = newPersons(SIGN_UPS);
      List<Object> outcomes =
          inParallel(
              persons, p -> enrolling.enrol(neighbours.get(persons.indexOf(p) % 4), p, LEAD));
      successes(outcomes, round);
      for (long workshopId : neighbours) {
        Map<EnrolmentStatus, Long> counts = countByStatus(workshopId);
        assertEquals(SEATS, counts.getOrDefault(EnrolmentStatus.ENROLLED, 0L), "round " + round);
        assertEquals(
            SIGN_UPS / 4 - SEATS,
            counts.getOrDefault(EnrolmentStatus.WAITLISTED, 0L),
            "round " + round);
      }
    }
  }

  /** {@code CAPACITA_TEST_RACE_REPETITIONS} (set from pom.xml), or 3. */
  private static int repetitions() {
    String value = System.getenv("CAPACITA_TEST_RACE_REPETITIONS");
    return value == null || value.isBlank() ? 3 : Integer.parseInt(value.strip());
  }

  private void race(int round, List<Long> persons) throws Exception {
    long workshopId = newWorkshop();

    List<Object> outcomes = inParallel(persons, p -> enrolling.enrol(workshopId, p, LEAD));

    List<EnrolmentResult> results = successes(outcomes, round);
    Map<EnrolmentStatus, Long> counts = countByStatus(workshopId);
    assertEquals(SEATS, counts.getOrDefault(EnrolmentStatus.ENROLLED, 0L), "round " + round);
    assertEquals(
        SIGN_UPS - SEATS, counts.getOrDefault(EnrolmentStatus.WAITLISTED, 0L), "round " + round);
    assertEquals(SIGN_UPS, distinctPersons(workshopId), "nobody twice, round " + round);
    List<Integer> positions =
        results.stream().map(EnrolmentResult::position).filter(p -> p != null).sorted().toList();
    assertEquals(
        IntStream.rangeClosed(1, SIGN_UPS - SEATS).boxed().toList(),
        positions,
        "each waitlist position given once, round " + round);
    Workshop counted = inTransaction(() -> workshops.find(workshopId).orElseThrow());
    assertEquals(SEATS, counted.seats().enrolled());
    assertEquals(SIGN_UPS - SEATS, counted.seats().waitlisted());

    List<Long> queue = waitlist(workshopId);
    List<Long> leaving = enrolled(workshopId).subList(0, CANCELLATIONS);
    List<Object> cancelled =
        inParallel(
            leaving,
            p -> {
              enrolling.cancel(workshopId, p, LEAD);
              return p;
            });
    successes(cancelled, round);

    Map<EnrolmentStatus, Long> after = countByStatus(workshopId);
    assertEquals(SEATS, after.getOrDefault(EnrolmentStatus.ENROLLED, 0L), "round " + round);
    assertEquals(CANCELLATIONS, after.getOrDefault(EnrolmentStatus.CANCELLED, 0L));
    assertEquals(
        SIGN_UPS - SEATS - CANCELLATIONS, after.getOrDefault(EnrolmentStatus.WAITLISTED, 0L));
    Set<Long> nowEnrolled = new HashSet<>(enrolled(workshopId));
    assertTrue(
        nowEnrolled.containsAll(queue.subList(0, CANCELLATIONS)),
        "the first " + CANCELLATIONS + " in the queue were promoted, round " + round);
    assertEquals(queue.subList(CANCELLATIONS, queue.size()), waitlist(workshopId));
  }

  private interface Work {
    Object run(long personId) throws Exception;
  }

  /** Runs {@code work} for each person on its own thread, all released at once by a barrier. */
  private static List<Object> inParallel(List<Long> persons, Work work) throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(persons.size());
    ConcurrentLinkedQueue<Object> outcomes = new ConcurrentLinkedQueue<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<Thread> threads = new ArrayList<>();
    for (Long person : persons) {
      Thread thread =
          new Thread(
              () -> {
                try {
                  barrier.await(60, TimeUnit.SECONDS);
                  outcomes.add(work.run(person));
                } catch (Exception | Error e) {
                  outcomes.add(e);
                }
              });
      thread.setContextClassLoader(loader);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join(TimeUnit.MINUTES.toMillis(2));
    }
    return new ArrayList<>(outcomes);
  }

  private static <T> List<T> successes(List<Object> outcomes, int round) {
    List<T> done = new ArrayList<>();
    for (Object outcome : outcomes) {
      if (outcome instanceof Throwable failure) {
        throw new AssertionError("a call failed in round " + round, failure);
      }
      @SuppressWarnings("unchecked")
      T value = (T) outcome;
      done.add(value);
    }
    return done;
  }

  private Map<EnrolmentStatus, Long> countByStatus(long workshopId) {
    Map<EnrolmentStatus, Long> counts = new TreeMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT e.status, COUNT(e) FROM Enrolment e WHERE e.workshop.id = :id"
                    + " GROUP BY e.status",
                Object[].class)
            .setParameter("id", workshopId)
            .getResultList()) {
      counts.put((EnrolmentStatus) row[0], ((Number) row[1]).longValue());
    }
    return counts;
  }

  private long distinctPersons(long workshopId) {
    return em.createQuery(
            "SELECT COUNT(DISTINCT e.personId) FROM Enrolment e WHERE e.workshop.id = :id",
            Long.class)
        .setParameter("id", workshopId)
        .getSingleResult();
  }

  private List<Long> waitlist(long workshopId) {
    return em.createQuery(
            "SELECT e.personId FROM Enrolment e WHERE e.workshop.id = :id"
                + " AND e.status = :status ORDER BY e.queueNumber",
            Long.class)
        .setParameter("id", workshopId)
        .setParameter("status", EnrolmentStatus.WAITLISTED)
        .getResultList();
  }

  private List<Long> enrolled(long workshopId) {
    List<Long> ids =
        new ArrayList<>(
            em.createQuery(
                    "SELECT e.personId FROM Enrolment e WHERE e.workshop.id = :id"
                        + " AND e.status = :status",
                    Long.class)
                .setParameter("id", workshopId)
                .setParameter("status", EnrolmentStatus.ENROLLED)
                .getResultList());
    Collections.shuffle(ids);
    return ids;
  }

  private long newWorkshop() throws Exception {
    return fixtures.newWorkshop(
        "TEST-ONLINE", "Race " + UUID.randomUUID(), SEATS, LocalDate.now().plusDays(30));
  }

  private List<Long> newPersons(int count) throws Exception {
    return fixtures.newPersons(count, "Racer", false);
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    return fixtures.inTransaction(work);
  }
}
