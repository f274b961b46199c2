package org.capacita.infrastructure.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only once the instance's own HTTP listener has answered it ({@link HttpListenerCheck}). */
@Readiness
@ApplicationScoped
public class HttpListenerReadiness implements HealthCheck {

  @Inject private HttpListenerCheck check;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("http-listener").status(check.serving()).build();
  }
}
