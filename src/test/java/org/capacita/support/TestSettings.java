package org.capacita.support;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Settings the build hands to the tests (see the failsafe plugin in pom.xml). */
public final class TestSettings {

  /**
   * The lock of tests that start an application of their own besides the test run's: they run
   * beside the other tests (junit-platform.properties), one at a time.
   */
  public static final String SECOND_APPLICATION = "a second application";

  /**
   * The lock of tests that merge persons: the merges page lists every merge, newest first, and a
   * browser test undoes the one it made from there, so no other merge may happen meanwhile.
   */
  public static final String MERGES = "person merges";

  private TestSettings() {}

  /** The password of the demo accounts admin, lead, trainer and learner on the test server. */
  public static String demoPassword() {
    return required("capacita.test.demo-password");
  }

  /** The port the test SMTP server listens on; the test server sends its mail there. */
  public static int smtpPort() {
    return Integer.parseInt(required("capacita.test.smtp-port"));
  }

  /** h2 or mariadb: the database behind the test server. */
  public static String database() {
    return System.getProperty("capacita.test.database", "h2");
  }

  /** In CI every suite must run: a missing tool is then a failure, not a skip. */
  public static boolean requireAll() {
    return Boolean.getBoolean("capacita.test.require-all")
        || "true".equalsIgnoreCase(System.getenv("CAPACITA_TEST_REQUIRE_ALL"));
  }

  /** Skips the test when {@code available} is false, or fails it when every suite is required. */
  public static void assumeAvailable(boolean available, String what) {
    if (!available && requireAll()) {
      Assertions.fail(what + " is required (capacita.test.require-all) but missing");
    }
    Assumptions.assumeTrue(available, what + " is missing: skipped");
  }

  private static String required(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("System property " + name + " is not set: run through Maven");
    }
    return value;
  }
}
