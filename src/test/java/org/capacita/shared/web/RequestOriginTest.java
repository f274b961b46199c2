package org.capacita.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestOriginTest {

  private static final Set<String> OWN =
      Set.of("http://127.0.0.1:8080", "https://capacita.example.org");

  @Test
  void shouldAllowTheOwnOriginAndThePublicAddress() {
    assertTrue(RequestOrigin.isAllowed("http://127.0.0.1:8080", null, OWN));
    assertTrue(RequestOrigin.isAllowed("https://capacita.example.org", null, OWN));
    assertTrue(RequestOrigin.isAllowed("HTTPS://Capacita.Example.org:443", null, OWN));
  }

  @Test
  void shouldRefuseAnotherSiteAnOpaqueOriginAndAnotherPortOrScheme() {
    assertFalse(RequestOrigin.isAllowed("https://evil.example", null, OWN));
    assertFalse(RequestOrigin.isAllowed("null", null, OWN));
    assertFalse(RequestOrigin.isAllowed("http://127.0.0.1:8081", null, OWN));
    assertFalse(RequestOrigin.isAllowed("http://capacita.example.org", null, OWN));
    assertFalse(RequestOrigin.isAllowed("https://capacita.example.org.evil.example", null, OWN));
    assertFalse(RequestOrigin.isAllowed("not an address", null, OWN));
  }

  @Test
  void shouldFallBackToTheRefererOnlyWhenThereIsNoOrigin() {
    assertTrue(RequestOrigin.isAllowed(null, "http://127.0.0.1:8080/people/edit.xhtml?id=1", OWN));
    assertFalse(RequestOrigin.isAllowed(null, "https://evil.example/form.html", OWN));
    assertFalse(
        RequestOrigin.isAllowed("https://evil.example", "http://127.0.0.1:8080/x.xhtml", OWN));
  }

  @Test
  void shouldAllowARequestThatNamesNoOriginAtAll() {
    assertTrue(RequestOrigin.isAllowed(null, null, OWN));
    assertTrue(RequestOrigin.isAllowed("", " ", OWN));
  }

  @Test
  void shouldNameTheOriginARequestWasSentTo() {
    assertEquals(Optional.of("http://localhost:8080"), RequestOrigin.of("http", "LocalHost", 8080));
    assertEquals(Optional.of("https://example.org"), RequestOrigin.of("https", "example.org", 443));
    assertEquals(Optional.of("http://[::1]:8080"), RequestOrigin.of("http", "::1", 8080));
    assertEquals(Optional.of("http://[::1]:8080"), RequestOrigin.of("http", "[::1]", 8080));
  }
}
