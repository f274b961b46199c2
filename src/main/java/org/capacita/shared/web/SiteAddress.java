package org.capacita.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.capacita.shared.domain.BusinessRuleException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address that links leaving the application (mails, calendars, feed addresses) start with:
 * {@code capacita.public-url} when it is set. Otherwise the request's own address, but only when
 * its host can only mean this machine: {@code localhost}, or a literal IP address of one of its
 * network interfaces (loopback included), as in the Quick start or when people reach a server by
 * its address. Any other host is what the client wrote in its {@code Host} header, and a forged one
 * would put a live token into a link to the forger's server. Then there is no address, and nothing
 * that needs one is sent.
 */
@ApplicationScoped
public class SiteAddress {

  private static final Logger LOG = Logger.getLogger(SiteAddress.class.getName());
  private static final Pattern IPV4 =
      Pattern.compile(
          "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-f:.]*:[0-9a-f:.]*");

  @Inject
  @ConfigProperty(name = "capacita.public-url")
  private Optional<String> publicUrl;

  /** The address for links answered to this request, if one can be trusted. */
  public Optional<String> of(HttpServletRequest request) {
    return vetted(
        request.getScheme(),
        request.getServerName(),
        request.getServerPort(),
        request.getContextPath());
  }

  /** The address for links sent from the current page; a page message when none can be trusted. */
  public String ofPage() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return vetted(
            external.getRequestScheme(),
            external.getRequestServerName(),
            external.getRequestServerPort(),
            external.getRequestContextPath())
        .orElseThrow(() -> new BusinessRuleException("site.address.unknown"));
  }

  private Optional<String> vetted(String scheme, String host, int port, String contextPath) {
    Optional<String> address = address(publicUrl, scheme, host, port, contextPath);
    if (address.isEmpty()) {
      LOG.warning(
          () ->
              "No link built for a request to host "
                  + host
                  + ": set CAPACITA_PUBLIC_URL to the application's public address");
    }
    return address;
  }

  static Optional<String> address(
      Optional<String> configured, String scheme, String host, int port, String contextPath) {
    if (configured.isPresent() && !configured.get().isBlank()) {
      return Optional.of(configured.get().strip().replaceAll("/+$", ""));
    }
    if (!isThisMachine(host)) {
      return Optional.empty();
    }
    boolean defaultPort =
        ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    String name = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    return Optional.of(
        scheme
            + "://"
            + name
            + (defaultPort ? "" : ":" + port)
            + (contextPath == null ? "" : contextPath));
  }

  /**
   * {@code localhost}, or a literal address of this machine's own interfaces. Nothing is looked up
   * in DNS: a name could be made to resolve anywhere.
   */
  static boolean isThisMachine(String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|\\]$", "");
    if (name.equals("localhost")) {
      return true;
    }
    if (!IPV4.matcher(name).matches() && !IPV6.matcher(name).matches()) {
      return false;
    }
    try {
      InetAddress address = InetAddress.getByName(name);
      return address.isLoopbackAddress() || NetworkInterface.getByInetAddress(address) != null;
    } catch (IOException e) {
      return false;
    }
  }
}
