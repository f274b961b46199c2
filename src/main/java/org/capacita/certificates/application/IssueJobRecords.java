package org.capacita.certificates.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.capacita.certificates.domain.IssueJob;

/** The stored state of the background issuing runs, each change in a transaction of its own. */
@Stateless
public class IssueJobRecords {

  @PersistenceContext private EntityManager em;

  /**
   * The workshop's running run, or a new one; the workshop row's lock makes a second click at the
   * same moment find the first one's. A request to mail the holders makes the run mail them.
   */
  public IssueJob open(long workshopId, long requestedBy, String site, boolean mailHolders) {
    em.createNativeQuery("SELECT id FROM workshop WHERE id = ? FOR UPDATE")
        .setParameter(1, workshopId)
        .getResultList();
    Optional<IssueJob> running =
        em.createNamedQuery("IssueJob.findRunningOf", IssueJob.class)
            .setParameter("workshopId", workshopId)
            .getResultStream()
            .findFirst();
    IssueJob job =
        running.orElseGet(() -> new IssueJob(workshopId, requestedBy, site, Instant.now()));
    if (mailHolders) {
      job.mailHolders();
    }
    if (running.isEmpty()) {
      em.persist(job);
    }
    return job;
  }

  public IssueJob begin(long jobId, int completions) {
    IssueJob job = locked(jobId);
    job.begin(completions);
    return job;
  }

  public void handled(long jobId, int completions, int issuedNow) {
    locked(jobId).handled(completions, issuedNow);
  }

  public IssueJob finish(long jobId) {
    IssueJob job = locked(jobId);
    job.finish(Instant.now());
    return job;
  }

  public Optional<IssueJob> find(long jobId) {
    return Optional.ofNullable(em.find(IssueJob.class, jobId));
  }

  public List<Long> running() {
    return em.createNamedQuery("IssueJob.findByState", IssueJob.class)
        .setParameter("state", IssueJob.State.RUNNING)
        .getResultStream()
        .map(IssueJob::getId)
        .toList();
  }

  private IssueJob locked(long jobId) {
    return em.find(IssueJob.class, jobId, LockModeType.PESSIMISTIC_WRITE);
  }
}
