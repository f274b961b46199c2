package org.capacita.people.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.infrastructure.concurrency.Background;
import org.capacita.infrastructure.database.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the duplicate screening in the background after each committed import, and at start-up for
 * whatever an earlier run left, so that an import answers at full speed and its persons still reach
 * the review queue. One drain at a time per application instance, in short transactions of {@value
 * #PERSONS_PER_TRANSACTION} persons: a transaction holds the lock of its screening range and the
 * locks of the candidate rows it writes, and other work must not wait for them.
 */
@ApplicationScoped
public class DuplicateScreeningRunner {

  private static final Logger LOG = Logger.getLogger(DuplicateScreeningRunner.class.getName());
  private static final int PERSONS_PER_TRANSACTION = 10;

  @Inject private Background background;
  @Inject private DuplicateScreening screening;

  @Inject
  @ConfigProperty(name = "capacita.import.duplicate-screening", defaultValue = "true")
  private boolean enabled;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  void afterImport(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonsImported imported) {
    start();
  }

  void atStartUp(@Observes DatabaseReady ready) {
    start();
  }

  /** Starts a drain of the queue unless one is running, which then goes round once more. */
  public void start() {
    if (!enabled) {
      return;
    }
    again.set(true);
    if (running.compareAndSet(false, true)) {
      background.run(this::drain);
    }
  }

  private void drain() {
    try {
      while (again.getAndSet(false)) {
        long started = System.nanoTime();
        long screened = 0;
        for (int done = 1; done > 0; ) {
          long start = System.nanoTime();
          done = screening.screenNext(PERSONS_PER_TRANSACTION);
          screened += done;
          if (done > 0) {
            rest(System.nanoTime() - start);
          }
        }
        long total = screened;
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        if (total > 0) {
          LOG.info(
              () ->
                  "Duplicate screening: "
                      + total
                      + " imported persons compared in "
                      + seconds
                      + " s");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      again.set(false);
    } catch (RuntimeException e) {
      again.set(false);
      LOG.log(Level.WARNING, "Duplicate screening stopped; it resumes after the next import", e);
    } finally {
      running.set(false);
    }
    if (again.get() && running.compareAndSet(false, true)) {
      background.run(this::drain);
    }
  }

  /**
   * Pauses as long as the last transaction took, so that the screening works at most half the time
   * of one thread and leaves the processor to the requests that people are waiting for.
   */
  private static void rest(long nanos) throws InterruptedException {
    TimeUnit.NANOSECONDS.sleep(nanos);
  }
}
