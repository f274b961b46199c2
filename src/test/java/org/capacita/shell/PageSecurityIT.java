package org.capacita.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.PageClient;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/** What pages send and accept at the HTTP level: headers, cookies, forged and stale posts. */
@RunAsClient
class PageSecurityIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldSendSecurityHeadersAndAStrictSessionCookie() {
    HttpResponse<String> login = new PageClient(base).get("login.xhtml");

    assertEquals(200, login.statusCode());
    String policy = login.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("script-src 'self' 'nonce-"), policy);
    assertTrue(policy.contains("frame-ancestors 'none'"), policy);
    assertEquals("DENY", login.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals("nosniff", login.headers().firstValue("X-Content-Type-Options").orElse(""));
    String cookie = login.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(
        cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);
    assertFalse(login.headers().firstValue("Server").orElse("").contains("Payara"));
  }

  @Test
  void shouldRotateTheSessionAtSignInAndEndItAtSignOut() {
    PageClient client = new PageClient(base);
    client.get("login.xhtml");
    String before = client.session();

    HttpResponse<String> signedIn = client.signIn("trainer", TestSettings.demoPassword());

    assertEquals(302, signedIn.statusCode(), signedIn.body());
    assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"));
    assertNotEquals(before, client.session());
    assertEquals(200, client.get("index.xhtml").statusCode());
  }

  @Test
  void shouldIgnoreASignInPostWithoutTheFormsViewState() {
    PageClient client = new PageClient(base);
    client.get("login.xhtml");

    HttpResponse<String> forged =
        client.post(
            "login.xhtml",
            Map.of(
                "login", "login",
                "login:username", "admin",
                "login:password", TestSettings.demoPassword(),
                "login:signIn", ""),
            null);

    assertNotEquals(302, forged.statusCode());
    assertEquals(302, client.get("index.xhtml").statusCode(), "still not signed in");
  }

  @Test
  void shouldShowTheExpiredPageForAFormOfAnEndedSession() {
    PageClient client = new PageClient(base);
    String viewState = PageClient.viewStateOf(client.get("register.xhtml"));
    client.forgetSession();

    HttpResponse<String> stale =
        client.post(
            "register.xhtml",
            Map.of("register", "register", "register:username", "someone", "register:submit", ""),
            viewState);

    assertEquals(302, stale.statusCode());
    String location = stale.headers().firstValue("Location").orElse("");
    assertTrue(location.endsWith("/error/expired.xhtml?continue=%2Fregister.xhtml"), location);
    HttpResponse<String> page = client.get("error/expired.xhtml?continue=%2Fregister.xhtml");
    assertTrue(page.body().contains("Your session has ended"), page.body());
    assertTrue(
        page.body().matches("(?s).*<a id=\"again\" href=\"[^\"]*/register.xhtml\".*"), page.body());
    HttpResponse<String> elsewhere = client.get("error/expired.xhtml?continue=//evil.example/x");
    assertFalse(elsewhere.body().contains("id=\"again\""), "only pages of this site");
  }

  @Test
  void shouldAnswerUnknownPagesWith404AndNoStackTrace() {
    PageClient client = new PageClient(base);
    client.signIn("learner", TestSettings.demoPassword());

    HttpResponse<String> missing = client.get("no-such-page.xhtml");

    assertEquals(404, missing.statusCode());
    assertTrue(
        missing.body().contains("Page not found")
            || missing.body().contains("Página no encontrada"));
    assertFalse(missing.body().contains("at org."), "no stack trace");
  }

  @Test
  void shouldOpenTheCatalogueToAnyoneLearningToAccountsAndContentToAdministrators() {
    PageClient anonymous = new PageClient(base);
    assertEquals(200, anonymous.get("catalog/index.xhtml").statusCode());
    assertEquals(200, anonymous.get("catalog/module.xhtml?code=TEST-ONLINE").statusCode());
    assertEquals(404, anonymous.get("catalog/module.xhtml?code=TEST-DRAFT").statusCode());
    assertEquals(302, anonymous.get("learning/index.xhtml").statusCode());
    assertEquals(302, anonymous.get("admin/content.xhtml").statusCode());

    PageClient learner = new PageClient(base);
    learner.signIn("learner", TestSettings.demoPassword());
    assertEquals(200, learner.get("learning/index.xhtml").statusCode());
    assertEquals(403, learner.get("admin/content.xhtml").statusCode());

    PageClient admin = new PageClient(base);
    admin.signIn("admin", TestSettings.demoPassword());
    HttpResponse<String> content = admin.get("admin/content.xhtml");
    assertEquals(200, content.statusCode());
    assertTrue(content.body().contains("modules/BROKEN-DESC/module.properties:4"), content.body());
  }

  @Test
  void shouldOpenTheReportPagesToLeadsAndAdministratorsOnly() {
    List<String> pages =
        List.of(
            "reports/index.xhtml",
            "reports/trained.xhtml?by=sector",
            "reports/people.xhtml?at.sector=health",
            "reports/export.xhtml?from=2026-01-01&to=2026-12-31&by=sector&format=csv");
    PageClient anonymous = new PageClient(base);
    PageClient learner = new PageClient(base);
    learner.signIn("learner", TestSettings.demoPassword());
    PageClient trainer = new PageClient(base);
    trainer.signIn("trainer", TestSettings.demoPassword());
    PageClient lead = new PageClient(base);
    lead.signIn("lead", TestSettings.demoPassword());
    PageClient admin = new PageClient(base);
    admin.signIn("admin", TestSettings.demoPassword());

    for (String page : pages) {
      assertEquals(302, anonymous.get(page).statusCode(), page);
      assertEquals(403, learner.get(page).statusCode(), page);
      assertEquals(403, trainer.get(page).statusCode(), page);
      assertEquals(200, lead.get(page).statusCode(), page);
      assertEquals(200, admin.get(page).statusCode(), page);
    }
    assertTrue(lead.get("index.xhtml").body().contains("id=\"menu-reports\""));
    assertFalse(trainer.get("index.xhtml").body().contains("id=\"menu-reports\""));
  }

  @Test
  void shouldAnswerAMalformedReportAddressWithAMessageAndNoStackTrace() {
    PageClient lead = new PageClient(base);
    lead.signIn("lead", TestSettings.demoPassword());

    HttpResponse<String> dates = lead.get("reports/index.xhtml?from=2026-13-01&to=2026-12-31");
    HttpResponse<String> dimension = lead.get("reports/trained.xhtml?by=colour");
    HttpResponse<String> export =
        lead.get("reports/export.xhtml?from=2026-01-01&to=2026-12-31&format=docx");

    assertEquals(200, dates.statusCode());
    assertTrue(dates.body().contains("message-error"), dates.body());
    assertEquals(200, dimension.statusCode());
    assertTrue(dimension.body().contains("colour"), dimension.body());
    assertEquals(400, export.statusCode());
    for (HttpResponse<String> page : List.of(dates, dimension, export)) {
      assertFalse(page.body().contains("at org."), "no stack trace");
    }
  }

  @Test
  void shouldServeOnlyImagesFromAModulesAssets() {
    PageClient anonymous = new PageClient(base);

    HttpResponse<String> image = anonymous.get("content/TEST-ONLINE/assets/diagram.svg");

    assertEquals(200, image.statusCode());
    assertTrue(image.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"));
    assertTrue(
        image
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("default-src 'none'"));
    assertEquals(404, anonymous.get("content/TEST-ONLINE/module.properties").statusCode());
    assertEquals(
        404, anonymous.get("content/TEST-ONLINE/assets/..%2Fmodule.properties").statusCode());
    assertEquals(404, anonymous.get("content/TEST-ONLINE/en/01-welcome.md").statusCode());
    assertEquals(404, anonymous.get("content/NO-SUCH/assets/diagram.svg").statusCode());
  }

  @Test
  void shouldAnswer404ForAnotherPersonsTestAttempt() {
    Api api = new Api(base);
    String owner = api.newLearnerWithPerson("Carla", "Vega Soto");
    String ownerToken = "Bearer " + api.tokenOf(owner, Api.PASSWORD);
    api.http().postJson("api/v1/learning/TEST-ONLINE", "", "Authorization", ownerToken);
    String attempt =
        Http.json(
                api.http()
                    .postJson(
                        "api/v1/learning/TEST-ONLINE/attempts",
                        "{\"kind\":\"PRE\"}",
                        "Authorization",
                        ownerToken))
            .getJsonNumber("id")
            .toString();

    PageClient other = new PageClient(base);
    other.signIn(api.newLearnerWithPerson("Lucía", "Paredes Ibáñez"), Api.PASSWORD);
    PageClient self = new PageClient(base);
    self.signIn(owner, Api.PASSWORD);

    assertEquals(404, other.get("learning/test.xhtml?attempt=" + attempt).statusCode());
    HttpResponse<String> own = self.get("learning/test.xhtml?attempt=" + attempt);
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("Evaluación inicial") || own.body().contains("Pre-test"));
  }
}
