package org.capacita.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.capacita.support.PrivateMariaDb;
import org.capacita.support.TestSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Acceptance: {@code GET /health/ready} is 503 while the database is down and 200 again within 30 s
 * after it is back, without a restart of the application. Runs the packaged jar as a child process
 * against a private MariaDB that the test stops and starts again; the logs of both are in {@code
 * target/database-recovery-it}.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(TestSettings.SECOND_APPLICATION)
class DatabaseRecoveryIT {

  private static final Path JAR = Path.of("target/capacita.jar");
  private static final Path WORK = Path.of("target/database-recovery-it");
  private static final Path APP_LOG = WORK.resolve("capacita.log");
  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
  private static final Duration OUTAGE_TIMEOUT = Duration.ofSeconds(20);
  private static final Duration OUTAGE = Duration.ofSeconds(5);
  private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern READY_LINE = Pattern.compile("Payara Micro .* ready in ");
  private static final String LOCAL_HTTP_LISTENER =
      "set configs.config.server-config.network-config.network-listeners"
          + ".network-listener.http-listener.address=127.0.0.1\n";

  private static final String FIRST_ADMIN = "first-admin";
  private static final String FIRST_ADMIN_PASSWORD = "first-" + java.util.UUID.randomUUID();

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private static PrivateMariaDb database;
  private static Process application;
  private static URI base;

  @BeforeAll
  static void startDatabaseAndApplication() throws Exception {
    TestSettings.assumeAvailable(
        PrivateMariaDb.isInstalled(), "MariaDB (mariadbd, mariadb-install-db, mariadb)");
    TestSettings.assumeAvailable(Files.isRegularFile(JAR), JAR + " (run the package phase)");
    database = PrivateMariaDb.create(WORK.resolve("mariadb.log"));
    int port = freePort();
    base = URI.create("http://127.0.0.1:" + port);
    application = startApplication(port);
    Duration startup = waitForReadiness(200, STARTUP_TIMEOUT);
    System.out.printf("DatabaseRecoveryIT: application ready after %.1f s%n", seconds(startup));
  }

  @AfterAll
  static void stopApplicationAndDatabase() throws InterruptedException {
    try {
      if (application != null) {
        application.destroy();
        if (!application.waitFor(30, TimeUnit.SECONDS)) {
          application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
      }
    } finally {
      if (database != null) {
        database.close();
      }
    }
  }

  @Test
  void shouldCreateTheFirstAdministratorFromTheEnvironment() throws Exception {
    String credentials =
        "{\"username\":\"" + FIRST_ADMIN + "\",\"password\":\"" + FIRST_ADMIN_PASSWORD + "\"}";
    HttpResponse<String> token =
        HTTP.send(
            HttpRequest.newBuilder(base.resolve("/api/v1/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(credentials))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(201, token.statusCode(), token.body());
  }

  @Test
  void shouldReportNotReadyWhileTheDatabaseIsDownAndRecoverWithoutRestart() throws Exception {
    database.stop();
    Duration outage = waitForReadiness(503, OUTAGE_TIMEOUT);
    assertReadinessStays(503, OUTAGE);

    long restart = System.nanoTime();
    database.start();
    Duration restarted = Duration.ofNanos(System.nanoTime() - restart);
    Duration recovery = waitForReadiness(200, RECOVERY_TIMEOUT);
    System.out.printf(
        "DatabaseRecoveryIT: /health/ready 503 %.1f s after the database stopped and for %d s;"
            + " database restarted in %.1f s; /health/ready 200 again %.2f s after the database"
            + " answered (limit %d s)%n",
        seconds(outage),
        OUTAGE.toSeconds(),
        seconds(restarted),
        seconds(recovery),
        RECOVERY_TIMEOUT.toSeconds());

    assertTrue(application.isAlive(), "the application kept running");
    assertEquals(1, readyLinesInLog(), "the application started once, see " + APP_LOG);
    assertEquals(200, get("/login.xhtml").statusCode(), "a page answers after the recovery");
  }

  private static Process startApplication(int port) throws IOException {
    Files.createDirectories(WORK.resolve("app-data"));
    Path preboot = Files.writeString(WORK.resolve("preboot.asadmin"), LOCAL_HTTP_LISTENER);
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            JAR.toAbsolutePath().toString(),
            "--port",
            Integer.toString(port),
            "--nocluster",
            "--nohazelcast",
            "--prebootcommandfile",
            preboot.toAbsolutePath().toString());
    builder
        .environment()
        .putAll(
            Map.of(
                "CAPACITA_DB_URL",
                database.jdbcUrl(),
                "CAPACITA_DB_USER",
                PrivateMariaDb.USER,
                "CAPACITA_DB_PASSWORD",
                database.password(),
                "CAPACITA_DATA_DIR",
                WORK.resolve("app-data").toAbsolutePath().toString(),
                "CAPACITA_DEMO_DATA",
                "false",
                "CAPACITA_ADMIN_USERNAME",
                FIRST_ADMIN,
                "CAPACITA_ADMIN_PASSWORD",
                FIRST_ADMIN_PASSWORD));
    return builder.redirectErrorStream(true).redirectOutput(APP_LOG.toFile()).start();
  }

  /** Polls {@code /health/ready} until it answers {@code expected}; returns the time it took. */
  private static Duration waitForReadiness(int expected, Duration timeout)
      throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + timeout.toNanos();
    String last = "no answer yet";
    while (System.nanoTime() < deadline) {
      if (!application.isAlive()) {
        fail("The application exited with " + application.exitValue() + "; see " + APP_LOG);
      }
      try {
        HttpResponse<String> response = get("/health/ready");
        if (response.statusCode() == expected) {
          return Duration.ofNanos(System.nanoTime() - start);
        }
        last = response.statusCode() + " " + response.body();
        if (response.statusCode() / 100 == 3) {
          fail("/health/ready redirects (is it behind the sign-in?): " + last);
        }
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(250);
    }
    return fail("/health/ready not " + expected + " within " + timeout + "; last: " + last);
  }

  /** Polls {@code /health/ready} for {@code period}; every answer must be {@code expected}. */
  private static void assertReadinessStays(int expected, Duration period) throws Exception {
    long deadline = System.nanoTime() + period.toNanos();
    while (System.nanoTime() < deadline) {
      HttpResponse<String> response = get("/health/ready");
      assertEquals(expected, response.statusCode(), "/health/ready: " + response.body());
      Thread.sleep(250);
    }
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15)).GET().build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static long readyLinesInLog() throws IOException {
    try (var lines = Files.lines(APP_LOG, StandardCharsets.ISO_8859_1)) {
      return lines.filter(line -> READY_LINE.matcher(line).find()).count();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
