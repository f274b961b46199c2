package org.capacita.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import org.capacita.attendance.application.Attendance;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.attendance.domain.MarkInput;
import org.capacita.attendance.domain.SessionRef;
import org.capacita.catalog.application.Modules;
import org.capacita.enrollment.domain.Enrolment;
import org.capacita.enrollment.domain.EnrolmentStatus;
import org.capacita.infrastructure.database.StatementCounter;
import org.capacita.people.application.People;
import org.capacita.people.application.Places;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonDetails;
import org.capacita.people.domain.Sector;
import org.capacita.people.domain.Sex;
import org.capacita.people.domain.Workplace;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.SessionTimes;
import org.capacita.scheduling.domain.SignUpMode;
import org.capacita.scheduling.domain.Venue;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopPlan;
import org.capacita.support.RunningApplication;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 2 (issue 12), inside the server on the configured database (H2, or MariaDB in the
 * {@code mariadb} execution): the SQL statements one roll-call save sends, counted on the test's
 * thread by {@link StatementCounter} (a JDBC batch counts once), do not grow with the roster beyond
 * EclipseLink's insert batches of 100 rows. Each size is saved twice: first marks (inserts), then a
 * save where every row changes in one of three ways (status only, note only, both), interleaved, so
 * that statements of different shapes cannot hide behind one uniform batch.
 */
class RollCallStatementsIT extends RunningApplication {

  private static final Logger LOG = Logger.getLogger(RollCallStatementsIT.class.getName());
  private static final Actor LEAD = new Actor(0, true, false, null);
  private static final int BATCH = 100;

  @Inject private Attendance attendance;
  @Inject private Workshops workshops;
  @Inject private Modules modules;
  @Inject private People people;
  @Inject private Places places;
  @Inject private UserTransaction transaction;

  @PersistenceContext private EntityManager em;

  @Test
  void shouldSaveARollCallOf1000InAsManyStatementsAsOf200BesideItsInsertBatches() throws Exception {
    Cost small = costOfSaves(200);
    Cost large = costOfSaves(1000);
    LOG.info("Roll call of 200: " + small + "; of 1000: " + large);
    assertTrue(small.first() > 0, "statements are counted (capacita.db.count-statements)");

    // First marks: one insert batch of marks and one of changes a 100 rows.
    int firstBatches = 2 * (batches(1000) - batches(200));
    assertTrue(
        large.first() - small.first() <= firstBatches,
        "first marks: " + small.first() + " statements for 200, " + large.first() + " for 1000");
    // Changes: one batch of updates whatever their number, one insert batch of changes a 100.
    int changeBatches = batches(1000) - batches(200);
    assertTrue(
        large.changed() - small.changed() <= changeBatches,
        "changes: " + small.changed() + " statements for 200, " + large.changed() + " for 1000");
    // Beside the batches, a fixed few (13 when measured): the workshop's locking read, its
    // sessions and trainers, the client key, the statuses, who takes part, the rows' marks, the id
    // reservation (update, select), the batch of updates and the key's insert.
    assertTrue(large.changed() <= 15 + batches(1000), "changes of 1000: " + large.changed());
  }

  private static int batches(int rows) {
    return (rows + BATCH - 1) / BATCH;
  }

  /** The statements of a first save of {@code size} marks, and of a save changing them all. */
  private Cost costOfSaves(int size) throws Exception {
    long workshopId = newWorkshopWith(size);
    SessionRef session = new SessionRef(workshopId, 1);
    List<Long> persons = participants(workshopId);
    assertEquals(size, persons.size());

    List<MarkInput> first = new ArrayList<>();
    List<MarkInput> second = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      long person = persons.get(i);
      first.add(new MarkInput(person, i % 2 == 0 ? "PRESENT" : "ABSENT", null));
      String status = i % 2 == 0 ? "PRESENT" : "ABSENT";
      String changedStatus = i % 2 == 0 ? "LATE" : "EXCUSED";
      second.add(
          switch (i % 3) {
            case 0 -> new MarkInput(person, changedStatus, null);
            case 1 -> new MarkInput(person, status, "Nota " + i);
            default -> new MarkInput(person, changedStatus, "Llegó con permiso " + i);
          });
    }
    long firstCost = statementsOf(session, first, size);
    long changedCost = statementsOf(session, second, size);
    return new Cost(firstCost, changedCost);
  }

  private long statementsOf(SessionRef session, List<MarkInput> rows, int expectedChanges) {
    String key = "stmts-" + UUID.randomUUID();
    long before = StatementCounter.statements();
    var result = attendance.save(session, rows, key, AttendanceChannel.API, LEAD);
    long cost = StatementCounter.statements() - before;
    assertEquals(expectedChanges, result.changed());
    return cost;
  }

  private List<Long> participants(long workshopId) throws Exception {
    return inTransaction(
        () ->
            em.createQuery(
                    "SELECT e.personId FROM Enrolment e WHERE e.workshop.id = :id"
                        + " AND e.status = :status ORDER BY e.personId",
                    Long.class)
                .setParameter("id", workshopId)
                .setParameter("status", EnrolmentStatus.ENROLLED)
                .getResultList());
  }

  /**
   * A workshop with one session today and {@code size} new persons enrolled, in one transaction.
   */
  private long newWorkshopWith(int size) throws Exception {
    return inTransaction(
        () -> {
          Sector health = places.sector("health").orElseThrow();
          City city = places.city(places.country("CL").orElseThrow(), "Antofagasta");
          WorkshopPlan plan =
              new WorkshopPlan(
                  modules.findByCode("TEST-ONLINE").orElseThrow(),
                  "Statements " + UUID.randomUUID(),
                  null,
                  new Venue("Hospital Regional", null, city),
                  ZoneId.of("America/Santiago"),
                  size,
                  List.of(
                      new SessionTimes(LocalDate.now(), LocalTime.of(9, 0), LocalTime.of(13, 0))),
                  SignUpMode.OPEN,
                  null,
                  Set.of());
          Workshop workshop = workshops.add(new Workshop(plan, null, Instant.now()));
          Workplace workplace =
              new Workplace(places.institution("CESFAM Sur", health, city), health, city);
          String tag = UUID.randomUUID().toString().substring(0, 8);
          List<Person> persons = new ArrayList<>();
          for (int i = 0; i < size; i++) {
            PersonDetails details =
                new PersonDetails("Ana", "Conteo " + tag + " " + i, Sex.F, null, null, null, null);
            persons.add(people.add(new Person(details, workplace, Instant.now())));
          }
          em.flush(); // an enrolment names its person by id only: persons first
          for (Person person : persons) {
            Enrolment enrolment = new Enrolment(workshop, person.getId(), Instant.now());
            assertTrue(workshop.seats().take());
            enrolment.open(EnrolmentStatus.ENROLLED, null, null, Instant.now());
            em.persist(enrolment);
          }
          return workshop.getId();
        });
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception e) {
      if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
      throw e;
    }
  }

  /** Statements of the first save (every mark new) and of the save that changes every mark. */
  private record Cost(long first, long changed) {}
}
