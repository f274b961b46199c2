package org.capacita.infrastructure.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * Asks an HTTP listener of this host for any HTTP answer. An accepted connection is not enough: a
 * socket left listening by a stopped listener accepts connections too, and nobody answers them.
 */
record SelfProbe(InetSocketAddress address) {

  private static final String REQUEST =
      "HEAD /health/live HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n";
  private static final byte[] ANSWER = "HTTP/".getBytes(StandardCharsets.US_ASCII);

  /** The listener at {@code host} (loopback when it listens on every address) and {@code port}. */
  static SelfProbe of(String host, int port) throws UnknownHostException {
    return of(
        new InetSocketAddress(
            InetAddress.getByName(host == null || host.isBlank() ? null : host), port));
  }

  static SelfProbe of(InetSocketAddress listening) {
    InetAddress address = listening.getAddress();
    if (address.isAnyLocalAddress()) {
      address = InetAddress.getLoopbackAddress();
    }
    return new SelfProbe(new InetSocketAddress(address, listening.getPort()));
  }

  /** Whether the listener answers with an HTTP status line within {@code timeout}. */
  boolean answers(Duration timeout) {
    int millis = (int) Math.max(1, timeout.toMillis());
    try (Socket socket = new Socket()) {
      socket.connect(address, millis);
      socket.setSoTimeout(millis);
      OutputStream out = socket.getOutputStream();
      out.write(REQUEST.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      return Arrays.equals(in.readNBytes(ANSWER.length), ANSWER);
    } catch (IOException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return address.getAddress().getHostAddress() + ":" + address.getPort();
  }
}
