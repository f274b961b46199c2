package org.capacita.attendance.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes workshops by themselves {@code capacita.closure.auto-close-days} days (default 7; 0:
 * never) after their last session, on a container timer every {@code capacita.closure.interval}
 * (default an hour). Not persistent: every instance runs its own, and {@link AutoClosure} closes
 * each workshop once all the same.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClosureTimer {

  private static final Logger LOG = Logger.getLogger(ClosureTimer.class.getName());
  private static final Duration FIRST_RUN_AT_MOST = Duration.ofMinutes(1);

  @Resource private TimerService timers;
  @Inject private AutoClosure autoClosure;

  @Inject
  @ConfigProperty(name = "capacita.closure.auto-close-days", defaultValue = "7")
  private int days;

  @Inject
  @ConfigProperty(name = "capacita.closure.interval", defaultValue = "PT1H")
  private String interval;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    if (days <= 0) {
      LOG.info("Workshops do not close by themselves (capacita.closure.auto-close-days=0)");
      return;
    }
    long every = Math.max(1000, Duration.parse(interval).toMillis());
    long first = Math.min(every, FIRST_RUN_AT_MOST.toMillis());
    timers.createIntervalTimer(first, every, new TimerConfig("workshop-closure", false));
    LOG.info(
        () -> "Workshops close by themselves " + days + " days after, checked every " + interval);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      Instant now = Instant.now();
      Duration after = Duration.ofDays(days);
      int closed = 0;
      for (long workshop : autoClosure.candidates(now, after)) {
        try {
          if (autoClosure.closeIfDue(workshop, now, after)) {
            closed++;
          }
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Workshop " + workshop + " did not close; the next run tries", e);
        }
      }
      if (closed > 0) {
        LOG.info("Workshops closed by themselves: " + closed);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing workshops failed; the next run tries again", e);
    } finally {
      running.set(false);
    }
  }
}
