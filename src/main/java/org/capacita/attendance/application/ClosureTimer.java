package org.capacita.attendance.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.infrastructure.concurrency.RecurringRun;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Closes workshops by themselves {@code capacita.closure.auto-close-days} days (default 7; 0:
 * never) after their last session, on a container timer every {@code capacita.closure.interval}
 * (default an hour, see {@link RecurringRun}); {@link AutoClosure} closes each workshop once
 * whichever instance runs first.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClosureTimer {

  private static final Logger LOG = Logger.getLogger(ClosureTimer.class.getName());

  @Resource private TimerService timers;
  @Inject private AutoClosure autoClosure;

  @Inject
  @ConfigProperty(name = "capacita.closure.auto-close-days", defaultValue = "7")
  private int days;

  @Inject
  @ConfigProperty(name = "capacita.closure.interval", defaultValue = "PT1H")
  private String interval;

  private final RecurringRun recurring = new RecurringRun("workshop-closure", LOG);

  @PostConstruct
  void start() {
    if (days <= 0) {
      LOG.info("Workshops do not close by themselves (capacita.closure.auto-close-days=0)");
      return;
    }
    recurring.start(timers, interval);
    LOG.info(
        () -> "Workshops close by themselves " + days + " days after, checked every " + interval);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    recurring.run(this::closeDue, "Closing workshops failed; the next run tries again");
  }

  private void closeDue() {
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
  }
}
