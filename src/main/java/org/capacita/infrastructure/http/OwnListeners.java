package org.capacita.infrastructure.http;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * The TCP addresses this JVM listens on, from Linux's {@code /proc} (empty elsewhere). With {@code
 * --autoBindHttp} the HTTP listener's port is only known to Payara, not to its settings.
 */
final class OwnListeners {

  private static final Path PROC = Path.of("/proc/self");
  private static final String LISTEN = "0A";

  private OwnListeners() {}

  static List<InetSocketAddress> read() {
    try {
      Set<String> sockets = socketInodes();
      List<InetSocketAddress> listening = new ArrayList<>();
      for (String table : List.of("net/tcp", "net/tcp6")) {
        Path file = PROC.resolve(table);
        if (Files.isReadable(file)) {
          for (String line : Files.readAllLines(file)) {
            // sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout
            // inode
            String[] columns = line.trim().split("\\s+");
            if (columns.length > 9 && LISTEN.equals(columns[3]) && sockets.contains(columns[9])) {
              listening.add(address(columns[1]));
            }
          }
        }
      }
      return listening;
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }

  private static Set<String> socketInodes() throws IOException {
    Set<String> inodes = new HashSet<>();
    Path fds = PROC.resolve("fd");
    if (!Files.isDirectory(fds)) {
      return inodes;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(fds)) {
      for (Path fd : entries) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring("socket:[".length(), target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // the descriptor was closed while we listed them
        }
      }
    }
    return inodes;
  }

  // "0100007F:1F90" is 127.0.0.1:8080: the address in 32-bit words of host (little-endian) order.
  static InetSocketAddress address(String hexAddressAndPort) throws UnknownHostException {
    int colon = hexAddressAndPort.indexOf(':');
    byte[] raw = HexFormat.of().parseHex(hexAddressAndPort.substring(0, colon));
    byte[] address = new byte[raw.length];
    for (int word = 0; word < raw.length; word += 4) {
      for (int i = 0; i < 4; i++) {
        address[word + i] = raw[word + 3 - i];
      }
    }
    int port = Integer.parseInt(hexAddressAndPort.substring(colon + 1), 16);
    return new InetSocketAddress(InetAddress.getByAddress(address), port);
  }
}
