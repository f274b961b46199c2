package org.capacita.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.support.Api;
import org.capacita.support.PageClient;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * A page address that names nothing, whether an unknown id or one that is no number at all, is the
 * "not found" page with status 404, never an empty page or the 500 page.
 */
@RunAsClient
class PageAddressesIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldAnswer404ForAMalformedId() {
    PageClient lead = signedIn("lead");
    PageClient admin = signedIn("admin");

    assertNotFound(lead.get("people/person.xhtml?id=abc"));
    assertNotFound(lead.get("people/edit.xhtml?id=abc"));
    assertNotFound(lead.get("workshops/workshop.xhtml?id=abc"));
    assertNotFound(lead.get("workshops/workshop.xhtml?id=99999999999999999999"));
    assertNotFound(admin.get("admin/account.xhtml?id=abc"));
    assertNotFound(signedIn("learner").get("learning/lesson.xhtml?code=TEST-ONLINE&n=x"));
  }

  @Test
  void shouldAnswer404ForAMalformedIdOfEveryPageThatTakesOne() {
    PageClient lead = signedIn("lead");

    assertNotFound(lead.get("workshops/edit.xhtml?id=abc"));
    assertNotFound(lead.get("workshops/edit.xhtml?copyOf=abc"));
    assertNotFound(lead.get("workshops/workshop.xhtml?id="));
    assertNotFound(lead.get("people/person.xhtml?id=12abc"));
    assertNotFound(signedIn("learner").get("learning/test.xhtml?attempt=abc"));
    assertNotFound(signedIn("learner").get("learning/lesson.xhtml?code=TEST-ONLINE&n=99"));
  }

  @Test
  void shouldKeepTheSignedInFrameOnErrorPages() {
    PageClient learner = signedIn("learner");

    HttpResponse<String> missing = learner.get("people/person.xhtml?id=abc");
    HttpResponse<String> denied = learner.get("admin/accounts.xhtml");
    HttpResponse<String> unknown = learner.get("no-such-page.xhtml");

    for (HttpResponse<String> page : java.util.List.of(missing, denied, unknown)) {
      assertTrue(page.body().contains("id=\"menu-learning\""), page.uri() + "\n" + page.body());
      assertTrue(page.body().contains("signOut"), page.uri() + "\n" + page.body());
    }
    assertEquals(403, denied.statusCode());
    HttpResponse<String> expired = learner.get("error/expired.xhtml");
    assertTrue(expired.body().contains("id=\"menu-learning\""), expired.body());
    assertFalse(new PageClient(base).get("error/404.xhtml").body().contains("menu-learning"));
  }

  /**
   * The header's language links on a "not found" page return to the address that failed, with its
   * parameters, not to the home page (the error page's form used to post to the site's root).
   */
  @Test
  void shouldSwitchTheLanguageOfAnErrorPageWithoutLeavingItsAddress() {
    // An account of its own: the choice is saved as the account's language.
    PageClient lead = new PageClient(base);
    lead.signIn(new Api(base).newAccount("LEAD"), Api.PASSWORD);
    HttpResponse<String> missing = lead.get("workshops/workshop.xhtml?id=abc");
    Matcher action =
        Pattern.compile("<form id=\"language\"[^>]*action=\"([^\"]*)\"").matcher(missing.body());
    assertTrue(action.find(), missing.body());
    Map<String, String> fields =
        new LinkedHashMap<>(PageClient.hiddenFieldsOf(missing, "language"));
    fields.put("language:en", "language:en");

    HttpResponse<String> chosen = lead.post(action.group(1).replace("&amp;", "&"), fields, null);

    assertEquals(302, chosen.statusCode(), chosen.body());
    assertTrue(
        chosen
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/workshops/workshop.xhtml?id=abc"),
        chosen.headers().toString());
    assertTrue(lead.get("workshops/workshop.xhtml?id=abc").body().contains("Page not found"));
  }

  @Test
  void shouldAnswer404ForAnUnknownId() {
    PageClient lead = signedIn("lead");

    assertNotFound(lead.get("people/person.xhtml?id=999999999"));
    assertNotFound(lead.get("people/edit.xhtml?id=999999999"));
    assertNotFound(lead.get("workshops/workshop.xhtml?id=999999999"));
    assertNotFound(lead.get("workshops/workshop.xhtml"));
    assertNotFound(signedIn("admin").get("admin/account.xhtml?id=999999999"));
    assertNotFound(new PageClient(base).get("catalog/module.xhtml?code=NO-SUCH"));
  }

  private PageClient signedIn(String demoAccount) {
    PageClient client = new PageClient(base);
    client.signIn(demoAccount, TestSettings.demoPassword());
    return client;
  }

  private static void assertNotFound(HttpResponse<String> page) {
    assertEquals(404, page.statusCode(), page.uri() + "\n" + page.body());
    assertTrue(
        page.body().contains("Page not found") || page.body().contains("Página no encontrada"),
        page.uri() + "\n" + page.body());
    assertFalse(page.body().contains("at org."), "no stack trace");
  }
}
