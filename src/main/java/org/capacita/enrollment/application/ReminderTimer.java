package org.capacita.enrollment.application;

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
import java.time.Instant;
import java.util.logging.Logger;
import org.capacita.infrastructure.concurrency.RecurringRun;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the workshop reminders on a container timer, every {@code capacita.reminders.interval}
 * (default an hour, see {@link RecurringRun}), {@code capacita.reminders.days-before} days ahead
 * (0: no reminders); {@link WorkshopReminders} reminds each person once whichever instance runs.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderTimer {

  private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

  @Resource private TimerService timers;
  @Inject private WorkshopReminders reminders;

  @Inject
  @ConfigProperty(name = "capacita.reminders.days-before", defaultValue = "2")
  private int daysBefore;

  @Inject
  @ConfigProperty(name = "capacita.reminders.interval", defaultValue = "PT1H")
  private String interval;

  private final RecurringRun recurring = new RecurringRun("workshop-reminders", LOG);

  @PostConstruct
  void start() {
    if (daysBefore <= 0) {
      LOG.info("Workshop reminders are off (capacita.reminders.days-before=0)");
      return;
    }
    recurring.start(timers, interval);
    LOG.info(() -> "Workshop reminders " + daysBefore + " days ahead, checked every " + interval);
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void run() {
    recurring.run(this::remindDue, "Workshop reminders failed; the next run tries again");
  }

  private void remindDue() {
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
  }
}
