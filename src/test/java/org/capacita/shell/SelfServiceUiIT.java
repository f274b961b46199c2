package org.capacita.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.Mailbox;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What people do without a session, in a real browser and with real mail (an SMTP server on
 * 127.0.0.1 that the test server sends to): register, confirm, reset a forgotten password.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class SelfServiceUiIT extends RunningApplication {

  private static final Pattern LINK = Pattern.compile("https?://\\S+\\?token=[\\w%-]+");

  @ArquillianResource private URL base;

  @Test
  void shouldRegisterConfirmByMailAndSignIn() throws Exception {
    String username = "ana-" + UUID.randomUUID().toString().substring(0, 8);
    long person = registerPersonWithEmail(username + "@example.org");
    try (Browser browser = Browser.open(base, "es")) {
      register(browser, username, "Cárdenas");
      assertTrue(browser.messages().contains("le enviamos un correo"), browser.messages());

      browser.signIn(username, "una frase bastante larga");
      assertTrue(browser.messages().contains("confirme su correo"), browser.messages());
      browser.width(390);
      browser.click("#resend\\:send");
      assertTrue(browser.messages().contains("enlace nuevo"), browser.messages());

      MimeMessage mail = Mailbox.awaitMail(username + "@example.org");
      assertEquals(
          1, Mailbox.mailsTo(username + "@example.org").size(), "one mail in 5 minutes at most");
      assertEquals("Confirme su cuenta de Capacita", mail.getSubject());
      browser.open(linkIn(mail));
      browser.click("#confirm\\:submit");
      assertTrue(browser.messages().contains("confirmada"), browser.messages());

      browser.signIn(username, "una frase bastante larga");
      assertEquals("Inicio", browser.heading());
    }
    Api api = new Api(base);
    String own = "Bearer " + api.tokenOf(username, "una frase bastante larga");
    assertEquals(
        200,
        api.http().get("api/v1/people/" + person, "Authorization", own).statusCode(),
        "the confirmed address linked the account to the registered person");
  }

  @Test
  void shouldGiveANewLearnerTheirOwnPersonOnceTheAddressIsConfirmed() throws Exception {
    String username = "rut-" + UUID.randomUUID().toString().substring(0, 8);
    String family = "Quispe " + username.substring(4);
    try (Browser browser = Browser.open(base, "es")) {
      register(browser, username, family);
      assertTrue(browser.messages().contains("le enviamos un correo"), browser.messages());
      Api api = new Api(base);
      String trainer = "Bearer " + api.demoToken("trainer");
      assertEquals(0, peopleNamed(api, trainer, family).size(), "no person before confirmation");

      browser.open(linkIn(Mailbox.awaitMail(username + "@example.org")));
      browser.click("#confirm\\:submit");
      assertTrue(browser.messages().contains("confirmada"), browser.messages());

      var found = peopleNamed(api, trainer, family);
      assertEquals(1, found.size(), found.toString());
      var person = found.getJsonObject(0);
      assertEquals("Hospital de Calama", person.getString("institution"));
      assertEquals("health", person.getString("sector"));
      assertEquals(username + "@example.org", person.getString("email"));
      String own = "Bearer " + api.tokenOf(username, "una frase bastante larga");
      assertEquals(
          200,
          api.http().get("api/v1/people/" + person.get("id"), "Authorization", own).statusCode());
    }
  }

  private static jakarta.json.JsonArray peopleNamed(Api api, String token, String family)
      throws Exception {
    var response =
        api.http()
            .get(
                "api/v1/people?q="
                    + java.net.URLEncoder.encode(family, java.nio.charset.StandardCharsets.UTF_8),
                "Authorization",
                token);
    assertEquals(200, response.statusCode(), response.body());
    return org.capacita.support.Http.json(response).getJsonArray("items");
  }

  /** Fills the registration form in Spanish: account, then who the learner is and where. */
  private static void register(Browser browser, String username, String familyNames) {
    browser.go("register.xhtml");
    browser.type("#register\\:username", username);
    browser.type("#register\\:email", username + "@example.org");
    browser.type("#register\\:password", "una frase bastante larga");
    browser.type("#register\\:givenNames", "Ana María");
    browser.type("#register\\:familyNames", familyNames);
    browser.select("sexMenu", "F");
    browser.type("#register\\:institution", "Hospital de Calama");
    browser.select("sectorMenu", "health");
    browser.type("#register\\:workCity", "Calama");
    browser.select("countryMenu", "CL");
    browser.click("#register\\:submit");
  }

  private long registerPersonWithEmail(String email) {
    Api api = new Api(base);
    String body =
        "{\"givenNames\":\"Ana\",\"familyNames\":\"Cárdenas\",\"sex\":\"F\",\"email\":\""
            + email
            + "\",\"institution\":\"CESFAM Norte\",\"sector\":\"health\",\"workCity\":\"Arica\","
            + "\"workCountry\":\"CL\"}";
    var response =
        api.http()
            .postJson("api/v1/people", body, "Authorization", "Bearer " + api.demoToken("trainer"));
    assertEquals(201, response.statusCode(), response.body());
    return org.capacita.support.Http.json(response).getJsonNumber("id").longValue();
  }

  @Test
  void shouldExplainInvalidFieldsInSpanishAndKeepWhatWasTyped() throws Exception {
    try (Browser browser = Browser.open(base, "es")) {
      browser.go("register.xhtml");
      browser.type("#register\\:username", "x");
      browser.type("#register\\:email", "no-es-un-correo");
      browser.type("#register\\:password", "corta");
      browser.click("#register\\:submit");

      String messages = browser.messages();
      assertTrue(messages.contains("Use de 3 a 60 caracteres"), messages);
      assertTrue(messages.contains("Escriba un correo electrónico"), messages);
      assertTrue(messages.contains("al menos 10"), messages);
      assertEquals("no-es-un-correo", browser.find("#register\\:email").getAttribute("value"));
    }
  }

  @Test
  void shouldResetAForgottenPasswordByMail() throws Exception {
    String username = new Api(base).newAccount("TRAINER");
    try (Browser browser = Browser.open(base, "en")) {
      browser.go("forgot-password.xhtml");
      browser.type("#forgot\\:identifier", username + "@example.org");
      browser.click("#forgot\\:submit");
      assertTrue(browser.messages().contains("on its way"), browser.messages());

      MimeMessage mail = Mailbox.awaitMail(username + "@example.org");
      assertEquals(
          "Restablezca su contraseña de Capacita", mail.getSubject(), "the account's language");
      String link = linkIn(mail);
      browser.open(link);
      browser.type("#reset\\:password", "a brand new passphrase");
      browser.click("#reset\\:submit");
      assertTrue(browser.messages().contains("new password is saved"), browser.messages());

      browser.signIn(username, "a brand new passphrase");
      assertTrue(browser.url().endsWith("/index.xhtml"), browser.url());
      browser.signOut();

      browser.open(link);
      assertFalse(browser.has("#reset\\:password"), "a used link shows no form");
      assertTrue(browser.text("#invalid").contains("used already"), browser.text("main"));
      browser.width(390);
      browser.click("#requestNew");
      assertTrue(browser.url().endsWith("/forgot-password.xhtml"), browser.url());
    }
  }

  @Test
  void shouldNotRevealWhetherAnAccountExists() throws Exception {
    try (Browser browser = Browser.open(base, "en")) {
      browser.go("forgot-password.xhtml");
      String nobody = "nobody-" + UUID.randomUUID() + "@example.org";
      browser.type("#forgot\\:identifier", nobody);
      browser.click("#forgot\\:submit");

      assertTrue(browser.messages().contains("If an account matches"), browser.messages());
      assertTrue(Mailbox.mailsTo(nobody).isEmpty());
    }
  }

  private static String linkIn(MimeMessage mail) throws Exception {
    Matcher matcher = LINK.matcher(String.valueOf(mail.getContent()));
    assertTrue(matcher.find(), "no link in the mail");
    return matcher.group();
  }
}
