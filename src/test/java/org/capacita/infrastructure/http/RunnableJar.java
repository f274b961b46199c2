package org.capacita.infrastructure.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built {@code target/capacita.jar} started as an operator starts it, on a free port with its
 * own H2 database and Payara root directory, with the environment of the test run otherwise.
 */
final class RunnableJar implements AutoCloseable {

  /**
   * An upper bound: 15-25 s on an idle 2-core machine, over 6 minutes while other builds share it.
   */
  static final Duration START_AT_MOST = Duration.ofSeconds(600);

  private final Path folder;
  private final int port;
  private final Process process;

  private RunnableJar(Path folder, int port, Process process) {
    this.folder = folder;
    this.port = port;
    this.process = process;
  }

  /** Starts the jar with these Payara Micro options and settings (environment variables). */
  static RunnableJar start(Path folder, Map<String, String> settings, String... options)
      throws IOException {
    Path jar = Path.of("target", "capacita.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run mvn package first");
    }
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of("-Xmx512m", "-jar", jar.toString()));
    command.addAll(List.of("--port", Integer.toString(port)));
    command.addAll(List.of("--rootDir", folder.resolve("root").toString()));
    command.addAll(List.of(options));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(folder.resolve("app.log").toFile());
    builder.environment().put("CAPACITA_DATA_DIR", folder.resolve("data").toString());
    builder.environment().putAll(settings);
    return new RunnableJar(folder, port, builder.start());
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  /** Waits for the process to end; its exit status, or null when it is still running. */
  Integer exitStatus(Duration atMost) throws InterruptedException {
    return process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
  }

  /**
   * Waits for {@code /health/ready} 200 and returns its body; null when the process ended first.
   */
  String awaitReady(Duration atMost) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest ready =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant end = Instant.now().plus(atMost);
    while (Instant.now().isBefore(end) && process.isAlive()) {
      try {
        HttpResponse<String> answer = client.send(ready, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200) {
          return answer.body();
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    return null;
  }

  String log() {
    try {
      return Files.readString(folder.resolve("app.log"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
