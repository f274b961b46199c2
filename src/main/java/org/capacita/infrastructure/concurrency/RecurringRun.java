package org.capacita.infrastructure.concurrency;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A job that a container timer runs again and again (reminders, workshops closing by themselves):
 * the first run within a minute of start-up, then every interval; a run that finds the previous one
 * still going does nothing, and a failure is logged for the next run to try again. The timer is not
 * persistent, so every instance runs its own and the job itself must do each thing once.
 */
public final class RecurringRun {

  private static final Duration FIRST_RUN_AT_MOST = Duration.ofMinutes(1);
  private static final long SHORTEST_MS = 1000;

  private final String name;
  private final Logger log;
  private final AtomicBoolean running = new AtomicBoolean();

  public RecurringRun(String name, Logger log) {
    this.name = name;
    this.log = log;
  }

  /** Creates the interval timer of {@code timers} (an ISO-8601 {@code interval}, at least 1 s). */
  public void start(TimerService timers, String interval) {
    long every = Math.max(SHORTEST_MS, Duration.parse(interval).toMillis());
    long first = Math.min(every, FIRST_RUN_AT_MOST.toMillis());
    timers.createIntervalTimer(first, every, new TimerConfig(name, false));
  }

  /** Runs {@code work} unless a run is still going; its failure is logged as {@code failure}. */
  public void run(Runnable work, String failure) {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      work.run();
    } catch (RuntimeException e) {
      log.log(Level.WARNING, failure, e);
    } finally {
      running.set(false);
    }
  }
}
