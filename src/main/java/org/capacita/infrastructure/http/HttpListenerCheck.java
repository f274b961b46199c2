package org.capacita.infrastructure.http;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once the application has started, asks this instance's own HTTP listener (the address and port
 * Payara is configured with, or else any port this JVM listens on) for an answer until it gives
 * one. A listener that has not answered within {@code capacita.startup.listener-timeout} will not:
 * the instance logs why and ends the JVM with status {@value #EXIT_STATUS}, so that whoever started
 * it sees a failed start and can start it again, instead of an instance that reports itself started
 * and never serves (README, Known issues).
 */
@ApplicationScoped
public class HttpListenerCheck {

  static final int EXIT_STATUS = 3;

  private static final Logger LOG = Logger.getLogger(HttpListenerCheck.class.getName());
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration RETRY_AFTER = Duration.ofMillis(500);

  /** Time for the orderly shutdown that {@link System#exit} starts before the JVM is halted. */
  private static final Duration SHUTDOWN_AT_MOST = Duration.ofSeconds(30);

  @Resource private ManagedScheduledExecutorService scheduler;
  @Resource private ManagedThreadFactory threads;

  // Set by Payara from its own configuration (the http-listener), after --port and the pre-boot
  // commands.
  @Inject
  @ConfigProperty(name = "payara.instance.http.enabled", defaultValue = "true")
  private boolean enabled;

  @Inject
  @ConfigProperty(name = "payara.instance.http.address", defaultValue = "0.0.0.0")
  private String address;

  @Inject
  @ConfigProperty(name = "payara.instance.http.port", defaultValue = "8080")
  private int port;

  @Inject
  @ConfigProperty(name = "capacita.startup.listener-timeout", defaultValue = "PT20S")
  private String timeout;

  private volatile boolean serving;
  private SelfProbe probe;
  private Instant deadline;

  void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (!enabled) {
      LOG.info("The HTTP listener is disabled: not checked");
      serving = true;
      return;
    }
    try {
      probe = SelfProbe.of(address, port);
    } catch (UnknownHostException e) {
      throw new IllegalStateException("The HTTP listener's address is unknown: " + address, e);
    }
    deadline = Instant.now().plus(Duration.parse(timeout));
    scheduler.execute(this::attempt);
  }

  /** Whether the HTTP listener has answered since the application started. */
  public boolean serving() {
    return serving;
  }

  private void attempt() {
    SelfProbe answering = answering();
    if (answering != null) {
      serving = true;
      LOG.info(() -> "The HTTP listener at " + answering + " answers");
    } else if (Instant.now().isBefore(deadline)) {
      scheduler.schedule(this::attempt, RETRY_AFTER.toMillis(), TimeUnit.MILLISECONDS);
    } else {
      LOG.severe(
          () ->
              "The HTTP listener at "
                  + probe
                  + " does not accept connections or does not answer "
                  + timeout
                  + " after start-up: this instance cannot serve, exiting with status "
                  + EXIT_STATUS);
      exit();
    }
  }

  // The configured port first; with --autoBindHttp the listener may be on another port of its
  // range, so then any port this JVM listens on that answers HTTP.
  private SelfProbe answering() {
    if (probe.answers(ATTEMPT_TIMEOUT)) {
      return probe;
    }
    return OwnListeners.read().stream()
        .map(SelfProbe::of)
        .filter(listener -> !listener.equals(probe) && listener.answers(ATTEMPT_TIMEOUT))
        .findFirst()
        .orElse(null);
  }

  private void exit() {
    Thread halt = threads.newThread(HttpListenerCheck::haltAfterShutdownTime);
    halt.setDaemon(true);
    halt.start();
    System.exit(EXIT_STATUS);
  }

  // If the orderly shutdown hangs, the JVM must end all the same.
  private static void haltAfterShutdownTime() {
    long end = System.nanoTime() + SHUTDOWN_AT_MOST.toNanos();
    for (long left = SHUTDOWN_AT_MOST.toNanos(); left > 0; left = end - System.nanoTime()) {
      try {
        TimeUnit.NANOSECONDS.sleep(left);
      } catch (InterruptedException e) {
        // the container interrupts its threads while it shuts down; keep waiting
      }
    }
    Runtime.getRuntime().halt(EXIT_STATUS);
  }
}
