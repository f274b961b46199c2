package org.capacita.shared.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a request says it was sent from: its {@code Origin} header or, from a browser that sends
 * none, the origin of its {@code Referer}; and whether that is this application.
 */
final class RequestOrigin {

  private RequestOrigin() {}

  /**
   * Whether a state-changing request may go on. Yes when it names one of {@code own} as its origin,
   * or names no origin at all (old browsers and some privacy tools send neither header; the view
   * state and the {@code SameSite} cookie still stand). No when it names another site, or an opaque
   * origin ({@code null}: a sandboxed frame, or a page whose referrer policy hides its address).
   */
  static boolean isAllowed(String origin, String referer, Set<String> own) {
    String claimed = isBlank(origin) ? referer : origin;
    if (isBlank(claimed)) {
      return true;
    }
    return of(claimed).filter(own::contains).isPresent();
  }

  /**
   * The origin of an address, {@code scheme://host[:port]} in lower case and without the scheme's
   * default port, so that {@code HTTPS://Example.org:443/x} and {@code https://example.org} match;
   * empty for anything that names no host.
   */
  static Optional<String> of(String address) {
    try {
      URI uri = new URI(address.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || ("http".equals(scheme) && port == 80)
              || ("https".equals(scheme) && port == 443);
      return Optional.of(
          scheme
              + "://"
              + uri.getHost().toLowerCase(Locale.ROOT)
              + (defaultPort ? "" : ":" + port));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * The origin a request was addressed to: its scheme, and the host and port of its Host header.
   */
  static Optional<String> of(String scheme, String host, int port) {
    boolean ipv6 = host.contains(":") && !host.startsWith("[");
    return of(scheme + "://" + (ipv6 ? "[" + host + "]" : host) + ":" + port);
  }

  private static boolean isBlank(String header) {
    return header == null || header.isBlank();
  }
}
