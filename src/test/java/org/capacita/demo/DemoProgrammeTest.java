package org.capacita.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.capacita.demo.DemoProgramme.Meeting;
import org.capacita.demo.DemoProgramme.Outcome;
import org.capacita.demo.DemoProgramme.Person;
import org.capacita.demo.DemoProgramme.Seat;
import org.capacita.people.domain.Sex;
import org.junit.jupiter.api.Test;

/** The demo programme's plan: the figures of the background stories, and people that add up. */
class DemoProgrammeTest {

  private final DemoProgramme programme = DemoProgramme.of(LocalDate.of(2026, 12, 4));

  @Test
  void shouldPickTheLastYearWhoseLimaMeetingIsOver() {
    assertEquals(2026, programme.year());
    assertEquals(2025, DemoProgramme.of(LocalDate.of(2026, 10, 23)).year());
    assertEquals(2026, DemoProgramme.of(LocalDate.of(2026, 10, 24)).year());
    assertEquals(2026, DemoProgramme.of(LocalDate.of(2027, 1, 1)).year());
  }

  @Test
  void shouldHoldTenHealthWorkshopsWith171And143Completions() {
    List<Meeting> health = health();
    assertEquals(10, health.size());
    assertEquals(171, completions(health, DemoProgramme.MIGRATION_MODULE));
    assertEquals(143, completions(health, DemoProgramme.TRAFFICKING_MODULE));
    LocalDate from = LocalDate.of(2026, 4, 17);
    LocalDate to = LocalDate.of(2026, 5, 30);
    assertEquals(from, health.get(0).firstDay());
    assertEquals(to, health.get(9).lastDay());
    for (Meeting m : health) {
      assertFalse(m.firstDay().isBefore(from), m.toString());
      assertFalse(m.lastDay().isAfter(to), m.toString());
      assertTrue(Set.of("Antofagasta", "Santiago").contains(m.city()), m.city());
      assertEquals("CL", m.country());
      assertEquals(programme.healthProject(), m.project());
      long notCompleting = m.seats().size() - m.completions();
      assertTrue(notCompleting >= 2 && notCompleting <= 3, m.toString());
    }
  }

  @Test
  void shouldGiveEachSessionTheModulesHoursAndCompletersEnoughOfThem() {
    Map<String, BigDecimal> hours =
        Map.of(
            DemoProgramme.MIGRATION_MODULE, BigDecimal.valueOf(6),
            DemoProgramme.TRAFFICKING_MODULE, BigDecimal.valueOf(8));
    for (Meeting m : programme.meetings()) {
      long minutes =
          m.sessions().stream()
              .mapToLong(s -> Duration.between(s.start(), s.end()).toMinutes())
              .sum();
      assertEquals(hours.get(m.moduleCode()).longValue() * 60, minutes, m.toString());
      for (Seat seat : m.seats()) {
        long attended = 0;
        for (int n = 1; n <= m.sessions().size(); n++) {
          var s = m.sessions().get(n - 1);
          if (Set.of("PRESENT", "LATE").contains(seat.outcome().status(n))) {
            attended += Duration.between(s.start(), s.end()).toMinutes();
          }
        }
        boolean enoughHours = attended * 100 >= minutes * 80;
        boolean passed = seat.post() != null && seat.post() >= 70;
        assertEquals(seat.outcome().completes(), enoughHours && passed, seat.toString());
      }
    }
  }

  @Test
  void shouldTrainHealthStaffOfTheFourCitiesAtTheirWorkshopCity() {
    Map<String, Set<String>> cities = new TreeMap<>();
    for (Meeting m : health()) {
      for (Seat seat : m.seats()) {
        Person p = programme.persons().get(seat.person());
        cities.computeIfAbsent(m.city(), c -> new HashSet<>()).add(p.city());
        assertTrue(Set.of("health", "municipal").contains(p.sector()), p.toString());
      }
    }
    assertEquals(Set.of("Arica", "Iquique", "Antofagasta"), cities.get("Antofagasta"));
    assertEquals(Set.of("Santiago"), cities.get("Santiago"));
  }

  @Test
  void shouldCountFewerPeopleThanParticipationsOnceDuplicatesAreMerged() {
    List<Meeting> health = health();
    Map<Integer, Integer> survivorOf =
        programme.merges().stream()
            .collect(Collectors.toMap(m -> m.duplicate(), m -> m.survivor()));
    Set<Integer> records = new HashSet<>();
    Set<Integer> people = new HashSet<>();
    for (Meeting m : health) {
      for (Seat seat : m.seats()) {
        if (seat.outcome().completes()) {
          records.add(seat.person());
          people.add(survivorOf.getOrDefault(seat.person(), seat.person()));
        }
      }
    }
    assertEquals(280, records.size());
    assertEquals(274, people.size());
    assertEquals(8, programme.merges().size());
    for (DemoProgramme.Merge merge : programme.merges()) {
      Person survivor = programme.persons().get(merge.survivor());
      Person duplicate = programme.persons().get(merge.duplicate());
      assertEquals(merge.survivor(), duplicate.duplicateOf());
      assertEquals(survivor.institution(), duplicate.institution());
      assertEquals(
          DemoNames.withoutAccents(survivor.familyNames()), duplicate.familyNames(), "family");
    }
  }

  @Test
  void shouldMeetInFormosaWithMoreThan80PoliceJudgesAndProsecutorsOfTwoCountries() {
    Meeting formosa = meeting(programme.formosaProject());
    assertEquals("Formosa", formosa.city());
    assertEquals(2, formosa.sessions().size());
    assertEquals(formosa.firstDay().plusDays(1), formosa.lastDay());
    assertTrue(formosa.seats().size() > 80);
    assertEquals(86, formosa.completions());
    assertEquals(Set.of("AR", "PY"), countries(formosa));
    assertEquals(Set.of("law_enforcement", "justice", "prosecution"), sectors(formosa));
  }

  @Test
  void shouldMeetInLimaWithMoreThan150PeopleOfSixCountries() {
    Meeting lima = meeting(programme.limaProject());
    assertEquals("Lima", lima.city());
    assertEquals(lima.firstDay().plusDays(1), lima.lastDay());
    assertTrue(lima.seats().size() > 150);
    assertEquals(158, lima.completions());
    assertEquals(Set.of("AR", "BO", "BR", "CL", "PE", "PY"), countries(lima));
    assertTrue(
        sectors(lima).containsAll(Set.of("migration", "justice", "law_enforcement", "ngo")),
        sectors(lima).toString());
    LocalDate healthEnd = LocalDate.of(2026, 5, 30);
    assertTrue(meeting(programme.formosaProject()).firstDay().isAfter(healthEnd));
    assertTrue(lima.lastDay().isBefore(LocalDate.of(2026, 12, 4)));
  }

  @Test
  void shouldInventDistinctPeopleOfBothSexesWithValidChileanRuns() {
    Set<String> names = new HashSet<>();
    Set<String> ids = new HashSet<>();
    Map<Sex, Long> sexes =
        programme.persons().stream()
            .collect(Collectors.groupingBy(Person::sex, Collectors.counting()));
    assertTrue(sexes.get(Sex.F) > 200 && sexes.get(Sex.M) > 150, sexes.toString());
    for (Person p : programme.persons()) {
      if (p.duplicateOf() < 0) {
        assertTrue(names.add(p.givenNames() + " " + p.familyNames()), p.toString());
      }
      if (p.nationalId() != null) {
        assertTrue(ids.add(p.country() + p.nationalId()), p.toString());
        if (p.country().equals("CL")) {
          String body = p.nationalId().substring(0, p.nationalId().length() - 2).replace(".", "");
          assertEquals(p.nationalId(), DemoNames.run(Integer.parseInt(body)));
        }
      }
    }
    assertEquals("12.345.678-5", DemoNames.run(12_345_678));
    assertEquals(programme.persons(), DemoProgramme.of(LocalDate.of(2026, 12, 4)).persons());
  }

  @Test
  void shouldHaveEveryKindOfParticipantWhoDoesNotComplete() {
    Set<Outcome> outcomes =
        programme.meetings().stream()
            .flatMap(m -> m.seats().stream())
            .map(Seat::outcome)
            .collect(Collectors.toSet());
    assertEquals(Set.of(Outcome.values()), outcomes);
  }

  private List<Meeting> health() {
    return programme.meetings().stream()
        .filter(m -> m.project().equals(programme.healthProject()))
        .toList();
  }

  private Meeting meeting(String project) {
    return programme.meetings().stream()
        .filter(m -> m.project().equals(project))
        .findFirst()
        .orElseThrow();
  }

  private static long completions(List<Meeting> meetings, String module) {
    return meetings.stream()
        .filter(m -> m.moduleCode().equals(module))
        .mapToLong(Meeting::completions)
        .sum();
  }

  private Set<String> countries(Meeting m) {
    return m.seats().stream()
        .map(s -> programme.persons().get(s.person()).country())
        .collect(Collectors.toSet());
  }

  private Set<String> sectors(Meeting m) {
    return m.seats().stream()
        .map(s -> programme.persons().get(s.person()).sector())
        .collect(Collectors.toSet());
  }
}
