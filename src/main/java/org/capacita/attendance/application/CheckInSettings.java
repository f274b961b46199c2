package org.capacita.attendance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The check-in's settings: how long before a session its code opens ({@code
 * capacita.check-in.opens-before}, 30 minutes) and how long each code is shown ({@code
 * capacita.check-in.step}, 30 seconds; tests shorten it so that a late code can be awaited).
 */
@ApplicationScoped
public class CheckInSettings {

  @Inject
  @ConfigProperty(name = "capacita.check-in.opens-before", defaultValue = "PT30M")
  private String opensBefore;

  @Inject
  @ConfigProperty(name = "capacita.check-in.step", defaultValue = "PT30S")
  private String step;

  public Duration opensBefore() {
    Duration before = Duration.parse(opensBefore);
    return before.isNegative() ? Duration.ZERO : before;
  }

  /** The step, whole seconds, at least one second. */
  public Duration step() {
    long seconds = Duration.parse(step).getSeconds();
    return Duration.ofSeconds(Math.max(seconds, 1));
  }
}
