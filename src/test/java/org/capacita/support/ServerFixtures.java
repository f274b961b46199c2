package org.capacita.support;

import jakarta.enterprise.context.Dependent;
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
import org.capacita.catalog.application.Modules;
import org.capacita.people.application.People;
import org.capacita.people.application.Places;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonDetails;
import org.capacita.people.domain.Sector;
import org.capacita.people.domain.Sex;
import org.capacita.people.domain.Workplace;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.SessionTimes;
import org.capacita.scheduling.domain.SignUpMode;
import org.capacita.scheduling.domain.Venue;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.scheduling.domain.WorkshopPlan;

/**
 * What tests running inside the server arrange through the application's own beans, each in a
 * transaction of its own: workshops in Antofagasta, health workers of Iquique with unique names.
 */
@Dependent
public class ServerFixtures {

  @Inject private Workshops workshops;
  @Inject private Modules modules;
  @Inject private People people;
  @Inject private Places places;
  @Inject private UserTransaction transaction;

  @PersistenceContext private EntityManager em;

  /** A scheduled workshop of {@code moduleCode} with one morning session on {@code day}. */
  public long newWorkshop(String moduleCode, String title, int seats, LocalDate day)
      throws Exception {
    return inTransaction(
        () -> {
          City city = places.city(places.country("CL").orElseThrow(), "Antofagasta");
          WorkshopPlan plan =
              new WorkshopPlan(
                  modules.findByCode(moduleCode).orElseThrow(),
                  title,
                  null,
                  new Venue("Hospital Regional", null, city),
                  ZoneId.of("America/Santiago"),
                  seats,
                  List.of(new SessionTimes(day, LocalTime.of(9, 0), LocalTime.of(13, 0))),
                  SignUpMode.OPEN,
                  null,
                  Set.of());
          return workshops.add(new Workshop(plan, null, Instant.now())).getId();
        });
  }

  /**
   * {@code count} persons named "Ana {@code family} <random>", each with an address of their own
   * when {@code withEmail}.
   */
  public List<Long> newPersons(int count, String family, boolean withEmail) throws Exception {
    return inTransaction(
        () -> {
          Sector health = places.sector("health").orElseThrow();
          City city = places.city(places.country("CL").orElseThrow(), "Iquique");
          Workplace workplace =
              new Workplace(places.institution("CESFAM Sur", health, city), health, city);
          List<Person> added = new ArrayList<>();
          for (int i = 0; i < count; i++) {
            String tag = UUID.randomUUID().toString().substring(0, 8);
            String email = withEmail ? "ana-" + tag + "@example.org" : null;
            PersonDetails details =
                new PersonDetails("Ana", family + " " + tag, Sex.F, email, null, null, null);
            added.add(people.add(new Person(details, workplace, Instant.now())));
          }
          em.flush();
          return added.stream().map(Person::getId).toList();
        });
  }

  public <T> T inTransaction(Callable<T> work) throws Exception {
    transaction.begin();
    try {
      T result = work.call();
      transaction.commit();
      return result;
    } catch (Exception e) {
      transaction.rollback();
      throw e;
    }
  }
}
