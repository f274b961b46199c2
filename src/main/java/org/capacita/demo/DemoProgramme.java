package org.capacita.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.capacita.people.domain.Sex;

/**
 * What the demo programme holds, before anything is stored; the same plan for the same year.
 *
 * <ul>
 *   <li>Ten health workshops held in Antofagasta and Santiago between 17 April and 30 May for
 *       health and municipal staff working in Arica, Iquique, Antofagasta and Santiago: 171
 *       completions of MIG-HEALTH and 143 of TIP-HEALTH. Forty people take both modules (six of
 *       them registered a second time at their second workshop, merged afterwards), and each
 *       workshop has two or three people who do not complete (absent, gone after the first session,
 *       or below the post-test's pass mark).
 *   <li>A two-day cross-border meeting in Formosa of 89 police officers, judges and prosecutors of
 *       Argentina and Paraguay (86 complete), on TIP-HEALTH, the catalogue's counter-trafficking
 *       module.
 *   <li>A two-day regional meeting in Lima of 162 migration officials, judges, police officers and
 *       NGO staff of Argentina, Bolivia, Brazil, Chile, Paraguay and Peru (158 complete), also on
 *       TIP-HEALTH; ten of them had been in Formosa, two of those registered again and merged.
 * </ul>
 *
 * The year is the last one whose Lima meeting is over by {@code today}.
 */
public final class DemoProgramme {

  public static final String MIGRATION_MODULE = "MIG-HEALTH";
  public static final String TRAFFICKING_MODULE = "TIP-HEALTH";

  private static final long SEED = 15;
  private static final MonthDay FORMOSA_DAY = MonthDay.of(8, 18);
  private static final MonthDay LIMA_DAY = MonthDay.of(10, 22);
  private static final String IOM = "Organización Internacional para las Migraciones";

  /** How a participant took part: present or late in every session complete; the rest do not. */
  public enum Outcome {
    PRESENT,
    LATE,
    FAILS_TEST,
    LEAVES_EARLY,
    ABSENT;

    public boolean completes() {
      return this == PRESENT || this == LATE;
    }

    /** The attendance status of session {@code number} (1, 2, ...). */
    public String status(int number) {
      return switch (this) {
        case PRESENT, FAILS_TEST -> "PRESENT";
        case LATE -> number == 1 ? "LATE" : "PRESENT";
        case LEAVES_EARLY -> number == 1 ? "PRESENT" : "ABSENT";
        case ABSENT -> "ABSENT";
      };
    }
  }

  /**
   * One registry record: {@code duplicateOf} is the index of the record of the same person that
   * this one duplicates, or -1.
   */
  public record Person(
      String givenNames,
      String familyNames,
      Sex sex,
      String sector,
      String institution,
      String city,
      String country,
      String nationalId,
      int duplicateOf) {

    Person asSecondRegistration(int original) {
      String given = givenNames.contains(" ") ? givenNames.split(" ")[0] : givenNames;
      return new Person(
          DemoNames.withoutAccents(given),
          DemoNames.withoutAccents(familyNames),
          sex,
          sector,
          institution,
          city,
          country,
          null,
          original);
    }
  }

  /** A trainer: an account of its own, and a person in the registry. */
  public record Trainer(String username, Person person) {}

  /** A participant's place in a meeting, with their paper pre- and post-test scores (or null). */
  public record Seat(int person, Outcome outcome, Integer pre, Integer post) {}

  /** One session, in the venue's time zone. */
  public record Session(LocalDate date, LocalTime start, LocalTime end) {}

  /** A workshop of the programme, as the trainers recorded it. */
  public record Meeting(
      String moduleCode,
      String title,
      String project,
      String venue,
      String city,
      String country,
      String timeZone,
      List<Session> sessions,
      List<String> trainers,
      List<Seat> seats) {

    public long completions() {
      return seats.stream().filter(s -> s.outcome().completes()).count();
    }

    public LocalDate firstDay() {
      return sessions.get(0).date();
    }

    public LocalDate lastDay() {
      return sessions.get(sessions.size() - 1).date();
    }
  }

  /** Two records of one person, merged once the programme is over. */
  public record Merge(int survivor, int duplicate) {}

  private final int year;
  private final DemoNames names = new DemoNames(SEED);
  private final List<Person> persons = new ArrayList<>();
  private final List<Meeting> meetings = new ArrayList<>();
  private final List<Merge> merges = new ArrayList<>();
  private final List<Trainer> trainers;

  private DemoProgramme(int year) {
    this.year = year;
    trainers =
        List.of(
            trainer("trainer.espinoza", "Carolina", "Espinoza Valdés", Sex.F, "Santiago", "CL"),
            trainer("trainer.figueroa", "Andrés", "Figueroa Molina", Sex.M, "Santiago", "CL"),
            trainer("trainer.paz", "Silvina", "Paz Romero", Sex.F, "Buenos Aires", "AR"),
            trainer("trainer.huaman", "Jorge Luis", "Huamán Vargas", Sex.M, "Lima", "PE"));
    health();
    Meeting formosa = formosa();
    lima(formosa);
  }

  /** The programme of the last year whose Lima meeting is over by {@code today}. */
  public static DemoProgramme of(LocalDate today) {
    return new DemoProgramme(yearFor(today));
  }

  static int yearFor(LocalDate today) {
    LocalDate limaOver = LIMA_DAY.atYear(today.getYear()).plusDays(1);
    return today.isAfter(limaOver) ? today.getYear() : today.getYear() - 1;
  }

  public int year() {
    return year;
  }

  /** The project of the ten health workshops (completions copy it, reports filter by it). */
  public String healthProject() {
    return "Salud y migración Chile " + year;
  }

  public String formosaProject() {
    return "Cooperación transfronteriza Argentina–Paraguay " + year;
  }

  public String limaProject() {
    return "Red regional contra la trata " + year;
  }

  public List<String> projects() {
    return List.of(healthProject(), formosaProject(), limaProject());
  }

  public List<Person> persons() {
    return Collections.unmodifiableList(persons);
  }

  public List<Trainer> trainers() {
    return trainers;
  }

  public List<Meeting> meetings() {
    return Collections.unmodifiableList(meetings);
  }

  public List<Merge> merges() {
    return Collections.unmodifiableList(merges);
  }

  // --- the ten health workshops -------------------------------------------------------------

  /** Module, venue city, first day, days, completions, and who comes back from which workshop. */
  private record HealthWorkshop(
      String module,
      String city,
      MonthDay first,
      int days,
      int completions,
      int returningFrom,
      int returning,
      int registeredAgain) {}

  private static final List<HealthWorkshop> HEALTH =
      List.of(
          new HealthWorkshop(MIGRATION_MODULE, "Antofagasta", MonthDay.of(4, 17), 1, 35, -1, 0, 0),
          new HealthWorkshop(
              TRAFFICKING_MODULE, "Antofagasta", MonthDay.of(4, 23), 2, 29, -1, 0, 0),
          new HealthWorkshop(MIGRATION_MODULE, "Antofagasta", MonthDay.of(4, 28), 1, 34, -1, 0, 0),
          new HealthWorkshop(TRAFFICKING_MODULE, "Antofagasta", MonthDay.of(5, 7), 2, 29, 0, 12, 0),
          new HealthWorkshop(MIGRATION_MODULE, "Santiago", MonthDay.of(5, 12), 1, 34, -1, 0, 0),
          new HealthWorkshop(TRAFFICKING_MODULE, "Santiago", MonthDay.of(5, 14), 2, 28, -1, 0, 0),
          new HealthWorkshop(MIGRATION_MODULE, "Antofagasta", MonthDay.of(5, 19), 1, 34, -1, 0, 0),
          new HealthWorkshop(
              TRAFFICKING_MODULE, "Antofagasta", MonthDay.of(5, 21), 2, 29, 2, 12, 3),
          new HealthWorkshop(MIGRATION_MODULE, "Santiago", MonthDay.of(5, 26), 1, 34, -1, 0, 0),
          new HealthWorkshop(TRAFFICKING_MODULE, "Santiago", MonthDay.of(5, 29), 2, 28, 4, 16, 3));

  private void health() {
    for (int i = 0; i < HEALTH.size(); i++) {
      HealthWorkshop w = HEALTH.get(i);
      List<Seat> seats = new ArrayList<>();
      if (w.returningFrom() >= 0) {
        List<Seat> earlier = meetings.get(w.returningFrom()).seats();
        List<Seat> completed = earlier.stream().filter(s -> s.outcome().completes()).toList();
        for (int r = 0; r < w.returning(); r++) {
          int person = completed.get(r).person();
          if (r < w.registeredAgain()) {
            person = secondRegistration(person);
          }
          seats.add(completer(person));
        }
      }
      boolean north = w.city().equals("Antofagasta");
      while (seats.size() < w.completions()) {
        seats.add(completer(add(healthWorker(north))));
      }
      seats.add(seat(add(healthWorker(north)), Outcome.ABSENT));
      seats.add(seat(add(healthWorker(north)), Outcome.LEAVES_EARLY));
      if (i % 2 == 0) {
        seats.add(seat(add(healthWorker(north)), Outcome.FAILS_TEST));
      }
      List<Session> sessions = new ArrayList<>();
      LocalDate first = w.first().atYear(year);
      if (w.days() == 1) {
        sessions.add(new Session(first, LocalTime.of(9, 0), LocalTime.of(13, 0)));
        sessions.add(new Session(first, LocalTime.of(14, 0), LocalTime.of(16, 0)));
      } else {
        for (int day = 0; day < w.days(); day++) {
          sessions.add(new Session(first.plusDays(day), LocalTime.of(9, 0), LocalTime.of(13, 0)));
        }
      }
      meetings.add(
          new Meeting(
              w.module(),
              null,
              healthProject(),
              north
                  ? "Hospital Regional de Antofagasta, auditorio"
                  : "SEREMI de Salud Metropolitana, auditorio",
              w.city(),
              "CL",
              "America/Santiago",
              sessions,
              north ? List.of("trainer.espinoza", "trainer.figueroa") : List.of("trainer.figueroa"),
              seats));
    }
  }

  /** Health staff: those at Antofagasta's workshops work in the north, Santiago's in Santiago. */
  private Person healthWorker(boolean north) {
    String city =
        north ? names.pick(List.of("Arica", "Iquique", "Antofagasta", "Antofagasta")) : "Santiago";
    boolean municipal = names.between(1, 100) <= 20;
    String institution;
    if (municipal) {
      institution =
          DemoRosters.MUNICIPAL.stream()
              .filter(p -> p[0].equals(city))
              .findFirst()
              .orElseThrow()[1];
    } else {
      List<String[]> places =
          DemoRosters.HEALTH_PLACES.stream().filter(p -> p[0].equals(city)).toList();
      String[] place = names.pick(places);
      institution = place[names.between(1, 2)];
    }
    return person("CL", municipal ? "municipal" : "health", institution, city);
  }

  // --- the Formosa and Lima meetings ------------------------------------------------------

  private Meeting formosa() {
    List<Seat> seats = new ArrayList<>();
    for (int index : people(DemoRosters.FORMOSA_PEOPLE)) {
      seats.add(completer(index));
    }
    fail(seats, 10, Outcome.ABSENT);
    fail(seats, 45, Outcome.LEAVES_EARLY);
    fail(seats, 80, Outcome.FAILS_TEST);
    LocalDate first = FORMOSA_DAY.atYear(year);
    Meeting meeting =
        new Meeting(
            TRAFFICKING_MODULE,
            "Encuentro transfronterizo Argentina–Paraguay sobre trata de personas",
            formosaProject(),
            "Centro Cultural de Formosa, salón principal",
            "Formosa",
            "AR",
            "America/Argentina/Cordoba",
            twoMornings(first),
            List.of("trainer.paz"),
            seats);
    meetings.add(meeting);
    return meeting;
  }

  private void lima(Meeting formosa) {
    List<Seat> seats = new ArrayList<>();
    List<Seat> fromFormosa = formosa.seats().stream().filter(s -> s.outcome().completes()).toList();
    for (int r = 0; r < 10; r++) {
      // five from each country: Argentina's come first in Formosa's list, Paraguay's last
      int person = fromFormosa.get(r < 5 ? r * 3 : fromFormosa.size() - 1 - (r - 5) * 3).person();
      seats.add(completer(r < 2 ? secondRegistration(person) : person));
    }
    for (int index : people(DemoRosters.LIMA_PEOPLE)) {
      seats.add(completer(index));
    }
    fail(seats, 20, Outcome.ABSENT);
    fail(seats, 60, Outcome.LEAVES_EARLY);
    fail(seats, 100, Outcome.FAILS_TEST);
    fail(seats, 140, Outcome.ABSENT);
    meetings.add(
        new Meeting(
            TRAFFICKING_MODULE,
            "Encuentro regional sobre trata de personas y tráfico de migrantes",
            limaProject(),
            "Centro de Convenciones de San Isidro, sala Pacífico",
            "Lima",
            "PE",
            "America/Lima",
            twoMornings(LIMA_DAY.atYear(year)),
            List.of("trainer.huaman", "trainer.paz"),
            seats));
  }

  private static List<Session> twoMornings(LocalDate first) {
    return List.of(
        new Session(first, LocalTime.of(9, 0), LocalTime.of(13, 0)),
        new Session(first.plusDays(1), LocalTime.of(9, 0), LocalTime.of(13, 0)));
  }

  private List<Integer> people(String[][] groups) {
    List<Integer> added = new ArrayList<>();
    for (String[] g : groups) {
      for (int n = 0; n < Integer.parseInt(g[4]); n++) {
        added.add(add(person(g[0], g[1], g[2], g[3])));
      }
    }
    return added;
  }

  /** Turns the seat at {@code at} into one that does not complete. */
  private void fail(List<Seat> seats, int at, Outcome outcome) {
    seats.set(at, seat(seats.get(at).person(), outcome));
  }

  // --- people and seats -------------------------------------------------------------------

  private static int womenPercent(String sector) {
    return switch (sector) {
      case "health" -> 72;
      case "municipal" -> 65;
      case "ngo" -> 75;
      case "law_enforcement" -> 30;
      case "migration" -> 45;
      default -> 50;
    };
  }

  private Person person(String country, String sector, String institution, String city) {
    Sex sex = names.woman(womenPercent(sector)) ? Sex.F : Sex.M;
    String[] name = names.draw(country, sex);
    String nationalId = names.between(1, 100) <= 80 ? names.nationalId(country) : null;
    return new Person(name[0], name[1], sex, sector, institution, city, country, nationalId, -1);
  }

  private Trainer trainer(
      String username, String given, String family, Sex sex, String city, String country) {
    return new Trainer(
        username,
        new Person(given, family, sex, "international_organisation", IOM, city, country, null, -1));
  }

  private int add(Person person) {
    persons.add(person);
    return persons.size() - 1;
  }

  /** The person registered a second time (no ID, accents left out), merged later. */
  private int secondRegistration(int original) {
    int duplicate = add(persons.get(original).asSecondRegistration(original));
    merges.add(new Merge(original, duplicate));
    return duplicate;
  }

  private Seat completer(int person) {
    return seat(person, names.between(1, 8) == 1 ? Outcome.LATE : Outcome.PRESENT);
  }

  private Seat seat(int person, Outcome outcome) {
    return switch (outcome) {
      case PRESENT, LATE -> {
        int pre = names.between(35, 80);
        yield new Seat(
            person, outcome, pre, Math.max(70, Math.min(100, pre + names.between(8, 30))));
      }
      case FAILS_TEST -> new Seat(person, outcome, names.between(30, 50), names.between(45, 65));
      case LEAVES_EARLY -> new Seat(person, outcome, names.between(35, 70), null);
      case ABSENT -> new Seat(person, outcome, null, null);
    };
  }
}
