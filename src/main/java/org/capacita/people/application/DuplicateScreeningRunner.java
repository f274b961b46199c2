package org.capacita.people.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.infrastructure.database.DatabaseReady;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the duplicate screening in the background after each committed import, and at start-up for
 * whatever an earlier run left, so that an import answers at full speed and its persons still reach
 * the review queue. One drain at a time per application instance.
 */
@ApplicationScoped
public class DuplicateScreeningRunner {

  private static final Logger LOG = Logger.getLogger(DuplicateScreeningRunner.class.getName());
  private static final int PERSONS_PER_TRANSACTION = 200;

  @Resource private ManagedExecutorService executor;
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
      executor.execute(this::drain);
    }
  }

  private void drain() {
    try {
      while (again.getAndSet(false)) {
        long screened = 0;
        for (int done = screening.screenNext(PERSONS_PER_TRANSACTION);
            done > 0;
            done = screening.screenNext(PERSONS_PER_TRANSACTION)) {
          screened += done;
        }
        long total = screened;
        if (total > 0) {
          LOG.info(() -> "Duplicate screening: " + total + " imported persons compared");
        }
      }
    } catch (RuntimeException e) {
      again.set(false);
      LOG.log(Level.WARNING, "Duplicate screening stopped; it resumes after the next import", e);
    } finally {
      running.set(false);
    }
    if (again.get() && running.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }
}
