package org.capacita.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.capacita.scheduling.domain.WorkshopStatus;
import org.capacita.support.RunningApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo programme as the test application (demo data on, see the pom) stored it after start-up,
 * read inside the server: closed workshops, the stories' completions, merged second registrations,
 * a certificate for every completion, and nothing added by a second load.
 */
class DemoProgrammesIT extends RunningApplication {

  @Inject private DemoProgrammeLoader loader;
  @PersistenceContext private EntityManager em;

  private final DemoProgramme programme = DemoProgramme.of(LocalDate.now());

  /** The programme is stored in the background after start-up: a test may come first. */
  @BeforeEach
  void awaitProgramme() throws InterruptedException {
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (!loader.loaded(programme) && System.nanoTime() < deadline) {
      Thread.sleep(1000);
    }
    assertTrue(loader.loaded(programme), "the demo programme was not stored within 5 minutes");
  }

  @Test
  void shouldHoldTheTenClosedHealthWorkshopsWith171And143Completions() {
    Map<String, Long> byModule = new HashMap<>();
    em.createQuery(
            "SELECT c.moduleCode, COUNT(c) FROM Completion c WHERE c.delivery.project = :p"
                + " GROUP BY c.moduleCode",
            Object[].class)
        .setParameter("p", programme.healthProject())
        .getResultList()
        .forEach(row -> byModule.put((String) row[0], (Long) row[1]));
    assertEquals(Map.of("MIG-HEALTH", 171L, "TIP-HEALTH", 143L), byModule);

    List<Object[]> workshops =
        em.createQuery(
                "SELECT w.status, w.city.name, w.firstDay, w.lastDay FROM Workshop w"
                    + " WHERE w.project = :p",
                Object[].class)
            .setParameter("p", programme.healthProject())
            .getResultList();
    assertEquals(10, workshops.size());
    LocalDate from = LocalDate.of(programme.year(), 4, 17);
    LocalDate to = LocalDate.of(programme.year(), 5, 30);
    for (Object[] w : workshops) {
      assertEquals(WorkshopStatus.CLOSED, w[0]);
      assertTrue(Set.of("Antofagasta", "Santiago").contains(w[1]), String.valueOf(w[1]));
      assertFalse(((LocalDate) w[2]).isBefore(from));
      assertFalse(((LocalDate) w[3]).isAfter(to));
    }
    Set<String> workCities =
        Set.copyOf(
            em.createQuery(
                    "SELECT DISTINCT c.participant.workCity FROM Completion c"
                        + " WHERE c.delivery.project = :p",
                    String.class)
                .setParameter("p", programme.healthProject())
                .getResultList());
    assertEquals(Set.of("Arica", "Iquique", "Antofagasta", "Santiago"), workCities);
  }

  @Test
  void shouldCountFewerPeopleThanParticipationsAfterTheMerges() {
    long people =
        em.createQuery(
                "SELECT COUNT(DISTINCT c.personId) FROM Completion c WHERE c.delivery.project = :p",
                Long.class)
            .setParameter("p", programme.healthProject())
            .getSingleResult();
    assertEquals(274, people);
    List<Long> survivors =
        em.createQuery(
                "SELECT m.survivor.id FROM PersonMerge m WHERE m.mergedBy = 'lead'"
                    + " AND m.undoneAt IS NULL AND m.survivor.id IN (SELECT c.personId FROM"
                    + " Completion c WHERE c.delivery.project IN :projects)",
                Long.class)
            .setParameter("projects", programme.projects())
            .getResultList();
    assertEquals(programme.merges().size(), survivors.size());
    for (long survivor : survivors) {
      long held =
          em.createQuery("SELECT COUNT(c) FROM Completion c WHERE c.personId = :p", Long.class)
              .setParameter("p", survivor)
              .getSingleResult();
      assertEquals(2, held, "completions of merged person " + survivor);
    }
  }

  @Test
  void shouldHoldTheFormosaAndLimaMeetings() {
    assertEquals(Set.of("AR", "PY"), countries(programme.formosaProject()));
    assertEquals(86, completions(programme.formosaProject()));
    assertEquals(Set.of("AR", "BO", "BR", "CL", "PE", "PY"), countries(programme.limaProject()));
    assertEquals(158, completions(programme.limaProject()));
    List<String> formosaSectors =
        em.createQuery(
                "SELECT DISTINCT c.participant.sectorCode FROM Completion c"
                    + " WHERE c.delivery.project = :p",
                String.class)
            .setParameter("p", programme.formosaProject())
            .getResultList();
    assertEquals(Set.of("law_enforcement", "justice", "prosecution"), Set.copyOf(formosaSectors));
  }

  @Test
  void shouldIssueACertificateForEveryCompletion() throws InterruptedException {
    long deadline = System.nanoTime() + 600_000_000_000L;
    while (!loader.uncertified(programme).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(2000);
    }
    assertEquals(List.of(), loader.uncertified(programme));
    long certificates =
        em.createQuery(
                "SELECT COUNT(k) FROM Certificate k WHERE k.completionId IN (SELECT c.id FROM"
                    + " Completion c WHERE c.delivery.project IN :projects)",
                Long.class)
            .setParameter("projects", programme.projects())
            .getSingleResult();
    assertEquals(171 + 143 + 86 + 158, certificates);
  }

  @Test
  void shouldAddNothingWhenLoadedAgain() {
    long before = everything();
    assertTrue(loader.loaded(programme));
    assertFalse(loader.load(programme));
    assertEquals(before, everything());
  }

  private long everything() {
    return em.createQuery(
                "SELECT COUNT(c) FROM Completion c WHERE c.delivery.project IN :projects",
                Long.class)
            .setParameter("projects", programme.projects())
            .getSingleResult()
        + em.createQuery("SELECT COUNT(w) FROM Workshop w WHERE w.project IN :projects", Long.class)
            .setParameter("projects", programme.projects())
            .getSingleResult();
  }

  private long completions(String project) {
    return em.createQuery(
            "SELECT COUNT(c) FROM Completion c WHERE c.delivery.project = :p", Long.class)
        .setParameter("p", project)
        .getSingleResult();
  }

  private Set<String> countries(String project) {
    return em
        .createQuery(
            "SELECT DISTINCT c.participant.workCountry FROM Completion c"
                + " WHERE c.delivery.project = :p",
            String.class)
        .setParameter("p", project)
        .getResultList()
        .stream()
        .collect(Collectors.toSet());
  }
}
