package org.capacita.accounts.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PBKDF2-HMAC-SHA256 with at least 210,000 iterations (OWASP), stored as {@code
 * PBKDF2WithHmacSHA256:<iterations>:<salt>:<hash>} so that every hash says how it was made.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final int MINIMUM_ITERATIONS = 210_000;

  @Inject private Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "capacita.security.pbkdf2-iterations", defaultValue = "210000")
  private int configuredIterations;

  private int iterations;

  @PostConstruct
  void initialize() {
    iterations = Math.max(MINIMUM_ITERATIONS, configuredIterations);
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Whether a stored hash was made with fewer iterations than are configured now. */
  public boolean isOutdated(String storedHash) {
    String[] parts = storedHash.split(":");
    return parts.length != 4
        || !"PBKDF2WithHmacSHA256".equals(parts[0])
        || Integer.parseInt(parts[1]) < iterations;
  }
}
