package org.capacita.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SiteAddressTest {

  private static final Optional<String> UNSET = Optional.empty();

  @Test
  void shouldUseTheConfiguredAddressWhateverTheHostSays() {
    assertEquals(
        Optional.of("https://capacita.example.org"),
        SiteAddress.address(
            Optional.of(" https://capacita.example.org// "), "http", "evil.example", 80, ""));
  }

  @Test
  void shouldTrustTheRequestOnlyWhenItNamesThisMachine() {
    assertEquals(
        Optional.of("http://localhost:8080"),
        SiteAddress.address(UNSET, "http", "localhost", 8080, ""));
    assertEquals(
        Optional.of("http://127.0.0.1/capacita"),
        SiteAddress.address(UNSET, "http", "127.0.0.1", 80, "/capacita"));
    assertEquals(
        Optional.of("https://[::1]:8443"), SiteAddress.address(UNSET, "https", "::1", 8443, ""));
    assertEquals(Optional.empty(), SiteAddress.address(UNSET, "http", "evil.example", 80, ""));
  }

  @Test
  void shouldRecogniseThisMachineWithoutLookingNamesUp() {
    assertTrue(SiteAddress.isThisMachine("LOCALHOST"));
    assertTrue(SiteAddress.isThisMachine("127.0.0.1"));
    assertTrue(SiteAddress.isThisMachine("127.8.9.10"));
    assertTrue(SiteAddress.isThisMachine("[::1]"));
    assertFalse(SiteAddress.isThisMachine("evil.example"));
    assertFalse(SiteAddress.isThisMachine("localhost.evil.example"));
    assertFalse(SiteAddress.isThisMachine("127.0.0.1.evil.example"));
    assertFalse(SiteAddress.isThisMachine("203.0.113.7"), "a documentation address, not ours");
    assertFalse(SiteAddress.isThisMachine("127.0.0.256"));
    assertFalse(SiteAddress.isThisMachine(""));
    assertFalse(SiteAddress.isThisMachine(null));
  }
}
