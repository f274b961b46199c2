package org.capacita.accounts.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The login page returns only to paths inside the application (no open redirect). */
class LoginRedirectTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/account/settings.xhtml",
        "/admin/account.xhtml?id=42",
        "/index.xhtml",
      })
  void shouldContinueToPagesOfTheApplication(String path) {
    assertEquals(path, LoginRedirect.target(path));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/x",
        "//evil.example",
        "/\\evil.example",
        "%2F%2Fevil.example",
        "javascript:alert(1)",
        "/x\r\nSet-Cookie: a=b",
        "/login.xhtml?continue=//evil.example",
        "",
      })
  void shouldGoHomeInsteadOfLeavingTheApplication(String path) {
    assertEquals(LoginRedirect.HOME_PAGE, LoginRedirect.target(path));
  }

  @ParameterizedTest
  @ValueSource(strings = {"/x?next=https://evil.example"})
  void shouldRefuseAbsoluteUrlsEvenInTheQuery(String path) {
    assertEquals(LoginRedirect.HOME_PAGE, LoginRedirect.target(path));
  }

  @org.junit.jupiter.api.Test
  void shouldSendALeadToTheDashboardAndOthersHomeWhenNothingIsAsked() {
    assertEquals(
        LoginRedirect.LEAD_HOME_PAGE, LoginRedirect.target(null, java.util.Set.of("LEAD")));
    assertEquals(
        LoginRedirect.LEAD_HOME_PAGE,
        LoginRedirect.target("//evil.example", java.util.Set.of("TRAINER", "LEAD")));
    assertEquals(LoginRedirect.HOME_PAGE, LoginRedirect.target(null, java.util.Set.of("ADMIN")));
    assertEquals(
        "/people/index.xhtml",
        LoginRedirect.target("/people/index.xhtml", java.util.Set.of("LEAD")));
  }
}
