package org.capacita.certificates.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.certificates.domain.IssueJob;
import org.capacita.completion.application.Completions;
import org.capacita.completion.domain.Completion;
import org.capacita.infrastructure.concurrency.Background;
import org.capacita.infrastructure.database.DatabaseReady;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.security.CurrentCaller;

/**
 * A workshop's "issue certificates" as a background run whose progress the page shows: the
 * completions a batch at a time ({@link BulkIssue}: idempotent, nothing issued twice), the count
 * kept after each batch. A run the application's stop interrupted starts again at the next start
 * and issues only what is still missing.
 */
@ApplicationScoped
public class IssueJobs {

  private static final Logger LOG = Logger.getLogger(IssueJobs.class.getName());

  @Inject private Background background;
  @Inject private WorkshopCertificates certificates;
  @Inject private IssueJobRecords records;
  @Inject private Completions completions;
  @Inject private BulkIssue bulk;
  @Inject private SingleIssue single;
  @Inject private CurrentCaller callers;

  private final Set<Long> running = ConcurrentHashMap.newKeySet();

  /**
   * Starts issuing the workshop's missing certificates in the background, or returns the run
   * already doing so; a 404 for a workshop the caller does not manage. With {@code mailHolders}
   * each holder is mailed their certificate, once ever ({@link CertificateOutbox}).
   */
  public long start(long workshopId, String siteAddress, boolean mailHolders) {
    certificates.of(workshopId); // the caller must manage the workshop
    IssueJob job = records.open(workshopId, callers.get().accountId(), siteAddress, mailHolders);
    submit(job.getId());
    return job.getId();
  }

  /** The run, for the caller who may see its workshop's certificates. */
  public IssueJob find(long jobId) {
    IssueJob job = records.find(jobId).orElseThrow(NotFoundException::new);
    certificates.of(job.getWorkshopId());
    return job;
  }

  void resume(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) DatabaseReady ready) {
    List<Long> interrupted = records.running();
    if (!interrupted.isEmpty()) {
      LOG.info(() -> "Resuming " + interrupted.size() + " certificate issuing run(s)");
      interrupted.forEach(this::submit);
    }
  }

  private void submit(long jobId) {
    background.run(() -> run(jobId));
  }

  /**
   * Runs a run, unless it runs already here (a second submit of a running run returns) or is
   * finished; runs of different workshops go on side by side.
   */
  private void run(long jobId) {
    if (!running.add(jobId)) {
      return;
    }
    try {
      Optional<IssueJob> found = records.find(jobId).filter(IssueJob::isRunning);
      if (found.isPresent()) {
        run(found.get());
      }
    } finally {
      running.remove(jobId);
    }
  }

  private void run(IssueJob job) {
    long jobId = job.getId();
    try {
      List<Long> todo =
          completions.ofWorkshop(job.getWorkshopId()).stream().map(Completion::getId).toList();
      records.begin(jobId, todo.size());
      bulk.issue(todo, job.getSite(), (handled, issued) -> records.handled(jobId, handled, issued));
      if (records.find(jobId).map(IssueJob::isMailHolders).orElse(false)) {
        // asked to mail, at the start or while it ran: each holder's mail queued once ever
        todo.forEach(completion -> single.issue(completion, job.getSite(), true));
      }
      IssueJob finished = records.finish(jobId);
      LOG.info(
          () ->
              "Workshop "
                  + finished.getWorkshopId()
                  + ": "
                  + finished.getIssued()
                  + " certificates issued in the background, of "
                  + finished.getTotal());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Certificate issuing run " + jobId + " stopped; it resumes", e);
    }
  }
}
