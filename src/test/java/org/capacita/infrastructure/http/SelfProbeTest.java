package org.capacita.infrastructure.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A listener serves only when it answers HTTP: an accepted connection alone does not count. */
class SelfProbeTest {

  private static final Duration TIMEOUT = Duration.ofMillis(500);

  @Test
  void shouldCountAListenerThatAnswersHttp() throws Exception {
    try (ServerSocket listener = loopbackListener()) {
      Thread server = new Thread(() -> answerOnce(listener));
      server.start();
      assertTrue(SelfProbe.of("127.0.0.1", listener.getLocalPort()).answers(TIMEOUT));
      server.join();
    }
  }

  @Test
  void shouldNotCountASocketThatAcceptsButNeverAnswers() throws Exception {
    try (ServerSocket listener = loopbackListener()) {
      // The kernel accepts the connection into the backlog; nobody ever reads or writes.
      assertFalse(SelfProbe.of("127.0.0.1", listener.getLocalPort()).answers(TIMEOUT));
    }
  }

  @Test
  void shouldNotCountAClosedPort() throws Exception {
    int port;
    try (ServerSocket listener = loopbackListener()) {
      port = listener.getLocalPort();
    }
    assertFalse(SelfProbe.of("127.0.0.1", port).answers(TIMEOUT));
  }

  @Test
  void shouldAskLoopbackWhenTheListenerIsOnEveryAddress() throws Exception {
    SelfProbe probe = SelfProbe.of("0.0.0.0", 8080);

    assertEquals(InetAddress.getLoopbackAddress(), probe.address().getAddress());
    assertEquals(8080, probe.address().getPort());
  }

  private static ServerSocket loopbackListener() throws IOException {
    return new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
  }

  private static void answerOnce(ServerSocket listener) {
    try (Socket connection = listener.accept()) {
      connection
          .getOutputStream()
          .write("HTTP/1.1 204 No Content\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
