package org.capacita.certificates.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.capacita.catalog.application.Modules;
import org.capacita.catalog.domain.Module;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificateMail;
import org.capacita.certificates.domain.IssueJob;
import org.capacita.completion.application.Completions;
import org.capacita.completion.domain.Completion;
import org.capacita.completion.domain.DeliveryFacts;
import org.capacita.completion.domain.TestScores;
import org.capacita.infrastructure.database.DatabaseReady;
import org.capacita.support.RunningApplication;
import org.capacita.support.ServerFixtures;
import org.junit.jupiter.api.Test;

/**
 * Acceptance (issue 13, bulk): a background issuing run that a stop interrupted resumes at the next
 * start without duplicates, inside the server on the configured database. The state a stop leaves
 * is arranged as it is on disk: a RUNNING run with "mail the holders" that had issued (and queued
 * the mail of) the first of three certificates; then the start's {@link DatabaseReady} reaches
 * {@link IssueJobs} twice at once. The run finishes once, every completion has exactly one
 * certificate with one number, and every holder exactly one outbox row, sent.
 */
class IssueJobResumeIT extends RunningApplication {

  private static final String SITE = "http://localhost/resume-test";
  private static final int HOLDERS = 3;

  @Inject private IssueJobs jobs;
  @Inject private IssueJobRecords records;
  @Inject private Issuing issuing;
  @Inject private CertificateOutbox outbox;
  @Inject private Completions completions;
  @Inject private Modules modules;
  @Inject private ServerFixtures fixtures;

  @PersistenceContext private EntityManager em;

  @Test
  void shouldResumeAnInterruptedRunWithoutDuplicatesAndMailEachHolderOnce() throws Exception {
    Module module = modules.findByCode("TEST-READING").orElseThrow();
    long workshop =
        fixtures.newWorkshop(module.getCode(), "Resume " + UUID.randomUUID(), 20, LocalDate.now());
    List<Long> done = new ArrayList<>();
    for (long person : fixtures.newPersons(HOLDERS, "Reanudada", true)) {
      done.add(completed(person, module, workshop));
    }
    issuing.issue(done.get(0), SITE, true); // what the run did before the stop
    IssueJob interrupted = records.open(workshop, 0, SITE, true);
    records.begin(interrupted.getId(), HOLDERS);
    records.handled(interrupted.getId(), 1, 1);

    CompletableFuture<Void> second =
        CompletableFuture.runAsync(() -> jobs.resume(new DatabaseReady()));
    jobs.resume(new DatabaseReady());
    second.join();
    IssueJob finished = awaitFinished(interrupted.getId());

    assertEquals(HOLDERS, finished.getTotal());
    Set<Long> numbers = new HashSet<>();
    for (long completion : done) {
      List<Certificate> editions =
          em.createNamedQuery("Certificate.findByCompletion", Certificate.class)
              .setParameter("completionId", completion)
              .getResultList();
      assertEquals(1, editions.size(), "one certificate for completion " + completion);
      numbers.add(editions.get(0).getNumber());
      assertTrue(outbox.mailOf(editions.get(0).getId()).isPresent(), "its mail is queued");
    }
    assertEquals(HOLDERS, numbers.size(), "unique numbers");
    assertEquals(HOLDERS, outbox.mailedFor(workshop), "one outbox row per holder");
    assertTrue(awaitAllSent(workshop), "every mail sent: " + outbox.mailsOf(workshop));
    assertFalse(records.running().contains(interrupted.getId()));
  }

  private IssueJob awaitFinished(long jobId) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      IssueJob job = records.find(jobId).orElseThrow();
      if (!job.isRunning()) {
        return job;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("The resumed run did not finish");
  }

  private boolean awaitAllSent(long workshop) throws InterruptedException {
    for (int i = 0; i < 150; i++) {
      if (outbox.mailsOf(workshop).values().stream().allMatch(CertificateMail.State.SENT::equals)) {
        return true;
      }
      Thread.sleep(200);
    }
    return false;
  }

  private long completed(long person, Module module, long workshop) throws Exception {
    LocalDate day = LocalDate.now().minusDays(3);
    return fixtures.inTransaction(
        () ->
            completions
                .record(
                    Completion.atWorkshop(
                        person,
                        module,
                        workshop,
                        DeliveryFacts.workshop(
                            day, day, "Antofagasta", null, "CL", null, List.of("Trainer")),
                        module.getHours(),
                        TestScores.none(),
                        Instant.now()))
                .getId());
  }
}
