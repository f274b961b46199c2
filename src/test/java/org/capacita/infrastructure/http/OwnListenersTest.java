package org.capacita.infrastructure.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** With --autoBindHttp only the process itself knows its HTTP port: it reads it from /proc. */
class OwnListenersTest {

  @Test
  void shouldListThePortsThisProcessListensOn() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux only");
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertTrue(
          OwnListeners.read().stream()
              .anyMatch(address -> address.getPort() == listener.getLocalPort()),
          () -> "port " + listener.getLocalPort() + " not in " + OwnListeners.read());
    }
  }

  @Test
  void shouldReadAddressesInHostOrder() throws Exception {
    assertEquals(
        new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 8080),
        OwnListeners.address("0100007F:1F90"));
    assertEquals(
        new InetSocketAddress(InetAddress.getByName("::1"), 443),
        OwnListeners.address("00000000000000000000000001000000:01BB"));
  }
}
