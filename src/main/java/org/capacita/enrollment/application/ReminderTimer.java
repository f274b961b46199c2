package org.capacita.enrollment.application;

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
 * Sends the workshop reminders on a container timer, every {@code capacita.reminders.interval}
 * (default an hour), {@code capacita.reminders.days-before} days ahead (0: no reminders). The timer
 * is not persistent: every instance runs its own, and {@link WorkshopReminders} makes sure that
 * each person is reminded once all the same.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderTimer {

  private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());
  private static final Duration FIRST_RUN_AT_MOST = Duration.ofMinutes(1);

  @Resource private TimerService timers;
  @Inject private WorkshopReminders reminders;

  @Inject
  @ConfigProperty(name = "capacita.reminders.days-before", defaultValue = "2")
  private int daysBefore;

  @Inject
  @ConfigProperty(name = "capacita.reminders.interval", defaultValue = "PT1H")
  private String interval;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    if (daysBefore <= 0) {
      LOG.info("Workshop reminders are off (capacita.reminders.days-before=0)");
      return;
    }
    long every = Math.max(1000, Duration.parse(interval).toMillis());
    long first = Math.min(every, FIRST_RUN_AT_MOST.toMillis());
    timers.createIntervalTimer(first, every, new TimerConfig("workshop-reminders", false));
    LOG.info(() -> "Workshop reminders " + daysBefore + " days ahead, checked every " + interval);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    if (!running.compareAndSet(false, true)) {
      return;
    }
    try {
      Instant now = Instant.now();
      int sent = 0;
      for (long enrolment : reminders.due(now, daysBefore)) {
        if (reminders.remind(enrolment, now)) {
          sent++;
        }
      }
      if (sent > 0) {
        LOG.info("Workshop reminders sent: " + sent);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Workshop reminders failed; the next run tries again", e);
    } finally {
      running.set(false);
    }
  }
}
