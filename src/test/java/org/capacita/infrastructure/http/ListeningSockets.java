package org.capacita.infrastructure.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The TCP and UDP sockets a process listens on, as {@code ss -Htulnp} lists them (Linux). */
final class ListeningSockets {

  private ListeningSockets() {}

  record Socket(String protocol, String address, int port) {

    boolean loopback() {
      return address.startsWith("127.")
          || address.equals("[::1]")
          || address.startsWith("[::ffff:127.");
    }

    @Override
    public String toString() {
      return protocol + " " + address + ":" + port;
    }
  }

  static List<Socket> of(long pid) throws IOException, InterruptedException {
    Process ss = new ProcessBuilder("ss", "-Htulnp").redirectErrorStream(true).start();
    String listing = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!ss.waitFor(10, TimeUnit.SECONDS) || ss.exitValue() != 0) {
      throw new IllegalStateException("ss failed: " + listing);
    }
    return listing
        .lines()
        .filter(line -> line.contains("pid=" + pid + ","))
        .map(ListeningSockets::parse)
        .toList();
  }

  // Netid State Recv-Q Send-Q Local-Address:Port Peer-Address:Port Process
  private static Socket parse(String line) {
    String[] columns = Arrays.stream(line.trim().split("\\s+")).toArray(String[]::new);
    String local = columns[4];
    int colon = local.lastIndexOf(':');
    return new Socket(
        columns[0], local.substring(0, colon), Integer.parseInt(local.substring(colon + 1)));
  }
}
