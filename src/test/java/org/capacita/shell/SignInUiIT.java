package org.capacita.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.Http;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Cookie;

/** Signing in and out in a real browser: menus by role, denials, languages, the session cookie. */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class SignInUiIT extends RunningApplication {

  private static final List<String> MENU =
      List.of("#menu-home", "#menu-settings", "#menu-accounts");

  @ArquillianResource private URL base;

  @ParameterizedTest
  @CsvSource({
    "admin, true, false, Inicio",
    "lead, false, true, Panel",
    "trainer, false, true, Inicio",
    "learner, false, false, Inicio"
  })
  void shouldShowEachRoleOnlyItsMenu(
      String username, boolean seesAccounts, boolean seesPeople, String landing) throws Exception {
    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn(username, TestSettings.demoPassword());

      assertEquals(landing, browser.heading(), "a lead lands on the dashboard, others at home");
      assertTrue(browser.has(MENU.get(0)) && browser.has(MENU.get(1)));
      assertEquals(seesAccounts, browser.has("#menu-accounts"));
      assertEquals(seesPeople, browser.has("#menu-people"));
      browser.go("account/settings.xhtml");
      if (seesAccounts) {
        browser.go("admin/accounts.xhtml");
        // Sorted by username: "admin" comes before every other account, those of other tests too.
        assertTrue(browser.text("#list\\:accounts").contains("admin"));
        browser.go("admin/account-new.xhtml");
      }
      browser.signOut();
      assertTrue(browser.url().contains("login.xhtml"), browser.url());
    }
  }

  @Test
  void shouldGreetByGivenNamesAndLinkOnlyToWhatExists() throws Exception {
    String learner = new Api(base).newLearnerWithPerson("Ximena Paz", "Olmos " + UUID.randomUUID());
    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn(learner, Api.PASSWORD);

      assertEquals(
          "Hola, Ximena Paz.",
          browser.text("#welcome").replace("\u2068", "").replace("\u2069", ""));
      String home = browser.text("main");
      assertFalse(home.contains("certificado") || home.contains("asistencia"), home);
      assertTrue(browser.has("#catalog") && browser.has("#learning"));
      assertFalse(browser.has("#newWorkshop"));
      browser.width(390);
      browser.click("#catalog");
      assertTrue(browser.url().endsWith("/catalog/index.xhtml"), browser.url());
    }
  }

  @Test
  void shouldAnswer403WhenALearnerOpensAnAdminPage() throws Exception {
    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn("learner", TestSettings.demoPassword());
      Cookie session = browser.sessionCookie();

      browser.go("admin/accounts.xhtml");
      HttpResponse<String> direct =
          new Http(base).get("admin/accounts.xhtml", "Cookie", "JSESSIONID=" + session.getValue());

      assertEquals("Acceso no permitido", browser.heading());
      assertEquals(403, direct.statusCode());
      assertFalse(direct.body().contains("at org."), "no stack trace");
    }
  }

  @Test
  void shouldSendAnonymousVisitorsToSignInAndBackToTheirPage() throws Exception {
    try (Browser browser = Browser.open(base, "en")) {
      browser.go("account/settings.xhtml");
      assertTrue(browser.url().contains("login.xhtml?continue="), browser.url());
      assertEquals("Sign in", browser.heading());

      browser.type("#login\\:username", "trainer");
      browser.type("#login\\:password", TestSettings.demoPassword());
      browser.click("#login\\:signIn");

      assertTrue(browser.url().endsWith("/account/settings.xhtml"), browser.url());
    }
  }

  @Test
  void shouldSignInAgainAndReturnToThePageWithItsParametersWhenTheSessionEndedBeforeAPost()
      throws Exception {
    long person = new Api(base).newPerson("Nélida", "Cáceres " + UUID.randomUUID());
    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn("trainer", TestSettings.demoPassword());
      browser.go("people/edit.xhtml?id=" + person);
      browser.driver().manage().deleteCookieNamed("JSESSIONID");

      browser.click("#person\\:save");
      assertTrue(browser.url().contains("continue="), browser.url());
      browser.type("#login\\:username", "trainer");
      browser.type("#login\\:password", TestSettings.demoPassword());
      browser.click("#login\\:signIn");

      assertTrue(browser.url().endsWith("/people/edit.xhtml?id=" + person), browser.url());
      assertEquals("Nélida", browser.find("#person\\:givenNames").getAttribute("value"));
    }
  }

  @Test
  void shouldSayAPageExpiredAndOfferItAgainWithItsParameters() throws Exception {
    try (Browser browser = Browser.open(base, "es")) {
      browser.go("catalog/module.xhtml?code=TEST-ONLINE");
      String title = browser.heading();
      browser.driver().manage().deleteCookieNamed("JSESSIONID");

      browser.click("#language\\:en");
      assertEquals("Su sesión terminó", browser.heading());
      browser.width(390);
      browser.click("#again");

      assertTrue(browser.url().endsWith("/catalog/module.xhtml?code=TEST-ONLINE"), browser.url());
      assertEquals(title, browser.heading());
    }
  }

  @Test
  void shouldComeBackToAPublicPageWithItsParametersAfterSigningInFromItsHeader() throws Exception {
    try (Browser browser = Browser.open(base, "en")) {
      browser.go("catalog/module.xhtml?code=TEST-ONLINE");
      browser.click(".account-link");
      browser.type("#login\\:username", "learner");
      browser.type("#login\\:password", TestSettings.demoPassword());
      browser.click("#login\\:signIn");

      assertTrue(browser.url().endsWith("/catalog/module.xhtml?code=TEST-ONLINE"), browser.url());
    }
  }

  @Test
  void shouldNotFollowAContinueLinkToAnotherSite() throws Exception {
    try (Browser browser = Browser.open(base, "en")) {
      browser.go("login.xhtml?continue=//evil.example/x");
      browser.type("#login\\:username", "trainer");
      browser.type("#login\\:password", TestSettings.demoPassword());
      browser.click("#login\\:signIn");

      assertTrue(browser.url().startsWith(base.toString()), browser.url());
      assertTrue(browser.url().endsWith("/index.xhtml"), browser.url());
    }
  }

  @Test
  void shouldRotateTheSessionIdAtSignInAndForgetItAtSignOut() throws Exception {
    try (Browser browser = Browser.open(base, "en")) {
      browser.go("login.xhtml");
      Cookie before = browser.sessionCookie();
      browser.signIn("lead", TestSettings.demoPassword());
      Cookie after = browser.sessionCookie();

      assertNotEquals(before.getValue(), after.getValue());
      assertTrue(after.isHttpOnly());
      assertEquals("Lax", after.getSameSite());
      assertEquals(302, pageStatus(before), "the old session id must not be signed in");
      assertEquals(200, pageStatus(after));

      browser.signOut();
      assertEquals(302, pageStatus(after), "the session must end at sign-out");
    }
  }

  @Test
  void shouldRefuseAWrongPasswordWithATranslatedMessage() throws Exception {
    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn("admin", "not the password");

      assertTrue(browser.messages().contains("no son correctos"), browser.messages());
      assertTrue(browser.url().contains("login.xhtml"));
    }
  }

  @Test
  void shouldSwitchLanguageAndKeepTheAccountChoice() throws Exception {
    String username = new Api(base).newAccount("LEAD");
    try (Browser browser = Browser.open(base, "en")) {
      browser.go("login.xhtml");
      assertEquals("Sign in", browser.heading());
      browser.click("#language\\:es");
      assertEquals("Iniciar sesión", browser.heading());

      browser.signIn(username, Api.PASSWORD);
      assertEquals("Panel", browser.heading(), "a lead lands on the dashboard");
      browser.click("#language\\:en");
      assertEquals("Dashboard", browser.heading());
      browser.signOut();
    }
    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn(username, Api.PASSWORD);
      assertEquals("Dashboard", browser.heading(), "the account's language wins once signed in");
    }
  }

  @Test
  void shouldShowTranslatedErrorPages() throws Exception {
    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn("lead", TestSettings.demoPassword());
      browser.go("no-such-page.xhtml");

      assertEquals("Página no encontrada", browser.heading());
    }
  }

  private int pageStatus(Cookie session) {
    return new Http(base)
        .get("index.xhtml", "Cookie", "JSESSIONID=" + session.getValue())
        .statusCode();
  }
}
