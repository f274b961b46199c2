package org.capacita.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.capacita.accounts.application.AccountRepository;
import org.capacita.accounts.application.PasswordHasher;
import org.capacita.accounts.domain.Account;
import org.capacita.accounts.domain.AccountStatus;
import org.capacita.attendance.application.Attendance;
import org.capacita.attendance.application.ClosureRecording;
import org.capacita.attendance.application.PaperScores;
import org.capacita.attendance.domain.AttendanceChannel;
import org.capacita.attendance.domain.MarkInput;
import org.capacita.attendance.domain.PaperScore;
import org.capacita.attendance.domain.SessionRef;
import org.capacita.completion.domain.TestScores;
import org.capacita.enrollment.application.Enrolling;
import org.capacita.people.application.DuplicateFinder;
import org.capacita.people.application.People;
import org.capacita.people.application.PersonMerging;
import org.capacita.people.application.Places;
import org.capacita.people.domain.City;
import org.capacita.people.domain.Country;
import org.capacita.people.domain.Institution;
import org.capacita.people.domain.Person;
import org.capacita.people.domain.PersonDetails;
import org.capacita.people.domain.Sector;
import org.capacita.people.domain.Workplace;
import org.capacita.scheduling.application.Actor;
import org.capacita.scheduling.application.WorkshopInput;
import org.capacita.scheduling.application.WorkshopPlans;
import org.capacita.scheduling.application.Workshops;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.security.Role;

/**
 * Stores a {@link DemoProgramme} in one transaction, the way trainers would have recorded it: the
 * trainers' accounts and registry records, the participants, then each workshop scheduled (after
 * the fact), its people enrolled, its roll calls and paper scores entered and the workshop closed,
 * which records the completions; last, the duplicate records are queued and merged as a lead would.
 * The persistence context is emptied after each workshop, so the load stays fast. Nothing is stored
 * when the programme's first trainer account exists already.
 */
@Stateless
public class DemoProgrammeLoader {

  private static final String MERGED_BY = "lead";

  @PersistenceContext private EntityManager em;
  @Inject private AccountRepository accounts;
  @Inject private PasswordHasher hasher;
  @Inject private People people;
  @Inject private Places places;
  @Inject private DuplicateFinder duplicates;
  @Inject private PersonMerging merging;
  @Inject private WorkshopPlans plans;
  @Inject private Workshops workshops;
  @Inject private Enrolling enrolling;
  @Inject private Attendance attendance;
  @Inject private PaperScores paperScores;
  @Inject private ClosureRecording closure;

  /** Whether the programme was stored by an earlier start. */
  public boolean loaded(DemoProgramme programme) {
    return accounts.findByUsername(programme.trainers().get(0).username()).isPresent();
  }

  /** Stores the programme unless it is there; returns whether this call stored it. */
  public boolean load(DemoProgramme programme) {
    if (loaded(programme)) {
      return false;
    }
    Map<String, Actor> trainers = trainers(programme);
    List<Long> ids = new ArrayList<>();
    Map<String, Object> known = new HashMap<>();
    for (DemoProgramme.Person p : programme.persons()) {
      ids.add(people.add(person(p, known)).getId());
    }
    em.flush();
    em.clear();
    for (DemoProgramme.Meeting meeting : programme.meetings()) {
      hold(meeting, trainers, ids);
      em.flush();
      em.clear();
    }
    for (DemoProgramme.Merge merge : programme.merges()) {
      people.find(ids.get(merge.duplicate())).ifPresent(duplicates::queueDuplicatesOf);
      merging.merge(ids.get(merge.survivor()), ids.get(merge.duplicate()), MERGED_BY);
    }
    em.flush();
    em.clear();
    return true;
  }

  /** The programme's completions that have no certificate yet. */
  public List<Long> uncertified(DemoProgramme programme) {
    return em.createQuery(
            "SELECT c.id FROM Completion c WHERE c.delivery.project IN :projects AND NOT EXISTS"
                + " (SELECT k FROM Certificate k WHERE k.completionId = c.id) ORDER BY c.id",
            Long.class)
        .setParameter("projects", programme.projects())
        .getResultList();
  }

  /**
   * The trainers' accounts, with a random password nobody knows (an administrator may set one), and
   * their records in the registry; by username, as the actor who records their workshops.
   */
  private Map<String, Actor> trainers(DemoProgramme programme) {
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String hash = hasher.hash(Base64.getEncoder().encodeToString(secret));
    Map<String, Actor> actors = new HashMap<>();
    for (DemoProgramme.Trainer trainer : programme.trainers()) {
      Account account =
          new Account(
              trainer.username(),
              trainer.username() + "@demo.capacita.local",
              hash,
              EnumSet.of(Role.TRAINER),
              Locale.forLanguageTag("es"),
              AccountStatus.ACTIVE,
              Instant.now());
      accounts.add(account);
      em.flush();
      Person person = people.add(person(trainer.person(), new HashMap<>()));
      person.linkAccount(account.getId());
      em.flush();
      actors.put(trainer.username(), new Actor(account.getId(), false, true, person.getId()));
    }
    return actors;
  }

  private void hold(DemoProgramme.Meeting meeting, Map<String, Actor> trainers, List<Long> ids) {
    Actor actor = trainers.get(meeting.trainers().get(0));
    Instant now = Instant.now();
    Workshop workshop =
        workshops.add(
            new Workshop(plans.of(input(meeting, trainers), actor, null), actor.accountId(), now));
    em.flush();
    long workshopId = workshop.getId();
    for (DemoProgramme.Seat seat : meeting.seats()) {
      enrolling.enrol(workshopId, ids.get(seat.person()), actor);
    }
    for (int number = 1; number <= meeting.sessions().size(); number++) {
      List<MarkInput> marks = new ArrayList<>();
      for (DemoProgramme.Seat seat : meeting.seats()) {
        marks.add(new MarkInput(ids.get(seat.person()), seat.outcome().status(number), null));
      }
      attendance.save(
          new SessionRef(workshopId, number), marks, null, AttendanceChannel.ROLL_CALL, actor);
    }
    for (DemoProgramme.Seat seat : meeting.seats()) {
      if (seat.pre() != null || seat.post() != null) {
        paperScores
            .add(new PaperScore(workshopId, ids.get(seat.person())))
            .enter(new TestScores(seat.pre(), seat.post()), actor.accountId(), now);
      }
    }
    em.flush();
    Workshop held = workshops.lock(workshopId).orElseThrow();
    closure.close(held, actor.accountId(), closedAt(held));
  }

  /** The trainer closed the workshop the day after its last session, when that is past. */
  private static Instant closedAt(Workshop workshop) {
    Instant dayAfter = workshop.endsAt().plus(Duration.ofDays(1));
    Instant now = Instant.now();
    return dayAfter.isBefore(now) ? dayAfter : now;
  }

  private static WorkshopInput input(DemoProgramme.Meeting meeting, Map<String, Actor> trainers) {
    return new WorkshopInput(
        meeting.moduleCode(),
        meeting.title(),
        meeting.project(),
        meeting.venue(),
        null,
        meeting.city(),
        meeting.country(),
        meeting.timeZone(),
        meeting.seats().size() + 5,
        meeting.sessions().stream()
            .map(
                s ->
                    new WorkshopInput.SessionInput(
                        s.date().toString(), s.start().toString(), s.end().toString()))
            .toList(),
        meeting.trainers().stream().map(t -> trainers.get(t).accountId()).toList(),
        null,
        null,
        null);
  }

  /**
   * A registry record of {@code p}; the sectors, countries, cities and institutions looked up are
   * kept in {@code known} (valid until the persistence context is emptied), as five hundred people
   * share a few dozen of them.
   */
  private Person person(DemoProgramme.Person p, Map<String, Object> known) {
    Sector sector =
        (Sector)
            known.computeIfAbsent("s:" + p.sector(), k -> places.sector(p.sector()).orElseThrow());
    Country country =
        (Country)
            known.computeIfAbsent(
                "c:" + p.country(), k -> places.country(p.country()).orElseThrow());
    City city =
        (City)
            known.computeIfAbsent(
                "t:" + p.country() + ":" + p.city(), k -> places.city(country, p.city()));
    Institution institution =
        (Institution)
            known.computeIfAbsent(
                "i:" + p.country() + ":" + p.institution(),
                k -> places.institution(p.institution(), sector, city));
    PersonDetails details =
        new PersonDetails(
            p.givenNames(), p.familyNames(), p.sex(), null, null, p.nationalId(), null);
    return new Person(details, new Workplace(institution, sector, city), Instant.now());
  }
}
