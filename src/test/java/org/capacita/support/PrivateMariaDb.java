package org.capacita.support;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway MariaDB server for one test: its own data directory under the system temp directory,
 * its own free port on 127.0.0.1 and its own socket, started with {@code --no-defaults} so that the
 * machine's configuration and shared server are never touched. It holds one database, {@code
 * capacita}, and one user with a random password and rights on that database only. It can be
 * stopped (SIGTERM) and started again on the same port and data, to simulate an outage.
 */
public final class PrivateMariaDb implements AutoCloseable {

  public static final String DATABASE = "capacita";
  public static final String USER = "capacita";
  private static final long START_TIMEOUT_SECONDS = 60;
  private static final long STOP_TIMEOUT_SECONDS = 30;
  private static final String SETUP =
      """
      CREATE DATABASE %1$s CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
      CREATE USER '%2$s'@'127.0.0.1' IDENTIFIED BY '%3$s';
      GRANT ALL PRIVILEGES ON %1$s.* TO '%2$s'@'127.0.0.1';
      """;

  private final Path baseDir;
  private final Path dataDir;
  private final Path socket;
  private final Path logFile;
  private final int port;
  private final String password = randomPassword();
  private Process server;

  private PrivateMariaDb(Path baseDir, Path logFile, int port) {
    this.baseDir = baseDir;
    this.dataDir = baseDir.resolve("data");
    this.socket = baseDir.resolve("mysql.sock");
    this.logFile = logFile;
    this.port = port;
  }

  /** True when the server, the installer and the client of MariaDB are on this machine. */
  public static boolean isInstalled() {
    return Stream.of("mariadbd", "mariadb-install-db", "mariadb")
        .allMatch(name -> locate(name).isPresent());
  }

  /** Creates a data directory, starts the server and creates the database and its user. */
  public static PrivateMariaDb create(Path logFile) throws IOException, InterruptedException {
    Files.createDirectories(logFile.getParent());
    Files.deleteIfExists(logFile);
    PrivateMariaDb db =
        new PrivateMariaDb(Files.createTempDirectory("capacita-mariadb-"), logFile, freePort());
    try {
      db.run(
          List.of(
              binary("mariadb-install-db").toString(),
              "--no-defaults",
              "--auth-root-authentication-method=normal",
              "--skip-test-db",
              "--user=" + System.getProperty("user.name"),
              "--datadir=" + db.dataDir),
          "");
      db.start();
      db.run(db.client(), SETUP.formatted(DATABASE, USER, db.password));
      return db;
    } catch (IOException | InterruptedException | RuntimeException e) {
      db.close();
      throw e;
    }
  }

  public String jdbcUrl() {
    return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
  }

  public String password() {
    return password;
  }

  /** Starts the server on the same port and data, and returns once it answers queries. */
  public void start() throws IOException, InterruptedException {
    server =
        new ProcessBuilder(
                binary("mariadbd").toString(),
                "--no-defaults",
                "--user=" + System.getProperty("user.name"),
                "--datadir=" + dataDir,
                "--bind-address=127.0.0.1",
                "--port=" + port,
                "--socket=" + socket,
                "--pid-file=" + baseDir.resolve("mariadbd.pid"),
                "--tmpdir=" + baseDir,
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=64M",
                "--log-error=" + logFile.toAbsolutePath())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (!answers()) {
      if (!server.isAlive() || System.nanoTime() > deadline) {
        stop();
        throw new IllegalStateException("MariaDB did not start; see " + logFile);
      }
      Thread.sleep(200);
    }
  }

  /** Stops the server with SIGTERM, as an outage, and waits until it has exited. */
  public void stop() throws InterruptedException {
    if (server == null) {
      return;
    }
    server.destroy();
    if (!server.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      server.destroyForcibly().waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
    server = null;
  }

  /** Stops the server and removes its data directory. */
  @Override
  public void close() {
    try {
      stop();
    } catch (InterruptedException e) {
      Optional.ofNullable(server).ifPresent(Process::destroyForcibly);
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> paths = Files.walk(baseDir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      System.err.println("Could not remove " + baseDir + ": " + e);
    }
  }

  private boolean answers() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(client());
    command.add("--execute=SELECT 1");
    Process ping = new ProcessBuilder(command).redirectErrorStream(true).start();
    ping.getInputStream().transferTo(OutputStream.nullOutputStream());
    if (!ping.waitFor(10, TimeUnit.SECONDS)) {
      ping.destroyForcibly();
      return false;
    }
    return ping.exitValue() == 0;
  }

  /** The command line of the client, as root over the socket (never over TCP). */
  private List<String> client() {
    return List.of(
        binary("mariadb").toString(),
        "--no-defaults",
        "--protocol=SOCKET",
        "--socket=" + socket,
        "--user=root",
        "--connect-timeout=5",
        "--batch");
  }

  /** Runs a tool to its end, with {@code input} on its stdin; fails on a non-zero exit. */
  private void run(List<String> command, String input) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
            .start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(input.getBytes(StandardCharsets.UTF_8));
    }
    if (!process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("Timed out: " + command.get(0) + "; see " + logFile);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("Failed: " + command.get(0) + "; see " + logFile);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }

  private static Path binary(String name) {
    return locate(name).orElseThrow(() -> new IllegalStateException(name + " not found"));
  }

  private static Optional<Path> locate(String name) {
    List<String> dirs = new ArrayList<>(List.of("/usr/sbin", "/usr/bin", "/usr/local/bin"));
    dirs.addAll(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    return dirs.stream()
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, name))
        .filter(Files::isExecutable)
        .findFirst();
  }
}
