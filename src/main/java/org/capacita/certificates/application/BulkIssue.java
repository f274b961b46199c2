package org.capacita.certificates.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.capacita.certificates.application.CertificateMaker.Made;

/**
 * Issues the certificates of many completions, fast: a batch of {@value #BATCH} at a time, whose
 * drafts are read in one transaction and whose numbers are taken at once; their pages are rendered
 * and signed in parallel on one thread per core, outside any transaction, while the batch before is
 * stored (its completions locked, checked again and the rows inserted in JDBC batches, {@link
 * IssueBatches}). A certificate a simultaneous request issued meanwhile is not stored (its number
 * is a gap).
 */
@ApplicationScoped
public class BulkIssue {

  static final int BATCH = 50;

  @Resource private ManagedThreadFactory threads;
  @Inject private IssueBatches batches;
  @Inject private CertificateNumbers numbers;
  @Inject private CertificateMaker maker;

  private ExecutorService pages;

  @PostConstruct
  void start() {
    pages = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), threads);
  }

  @PreDestroy
  void stop() {
    pages.shutdownNow();
  }

  /** Told after each batch: how many completions it handled, how many certificates it issued. */
  @FunctionalInterface
  public interface Progress {
    void handled(int completions, int issued);
  }

  /** Issues the certificates the completions lack; returns how many. */
  public int issue(List<Long> completionIds, String siteAddress, Progress progress) {
    int issued = 0;
    Batch previous = null;
    for (int from = 0; from < completionIds.size(); from += BATCH) {
      List<Long> ids = completionIds.subList(from, Math.min(completionIds.size(), from + BATCH));
      Batch batch = new Batch(ids.size(), render(batches.drafts(List.copyOf(ids)), siteAddress));
      if (previous != null) {
        issued += store(previous, progress);
      }
      previous = batch;
    }
    if (previous != null) {
      issued += store(previous, progress);
    }
    return issued;
  }

  private List<Future<Made>> render(List<Draft> drafts, String siteAddress) {
    List<Future<Made>> made = new ArrayList<>(drafts.size());
    if (drafts.isEmpty()) {
      return made;
    }
    long number = numbers.next(drafts.size());
    for (Draft draft : drafts) {
      long taken = number++;
      made.add(pages.submit(() -> maker.make(draft, taken, siteAddress)));
    }
    return made;
  }

  private int store(Batch batch, Progress progress) {
    List<Made> made = new ArrayList<>(batch.made().size());
    try {
      for (Future<Made> page : batch.made()) {
        made.add(page.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while certificates were made", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("A certificate could not be made", e.getCause());
    }
    int stored = batches.store(made);
    progress.handled(batch.completions(), stored);
    return stored;
  }

  /** One batch under way: how many completions it covers, and its pages being made. */
  private record Batch(int completions, List<Future<Made>> made) {}
}
