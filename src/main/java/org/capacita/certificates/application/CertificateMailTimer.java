package org.capacita.certificates.application;

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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wakes the certificates' mail sender every {@code capacita.certificates.mail.retry-interval}
 * (default 30 s), for the attempts whose delay after a failure has passed. Not persistent: every
 * instance runs its own, and the sender's claims keep each mail to one of them.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CertificateMailTimer {

  @Resource private TimerService timers;
  @Inject private CertificateMailSender sender;

  @Inject
  @ConfigProperty(name = "capacita.certificates.mail.retry-interval", defaultValue = "PT30S")
  private String interval;

  @PostConstruct
  void start() {
    long every = Math.max(1000, Duration.parse(interval).toMillis());
    timers.createIntervalTimer(every, every, new TimerConfig("certificate-mail", false));
  }

  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void retry() {
    sender.wake();
  }
}
