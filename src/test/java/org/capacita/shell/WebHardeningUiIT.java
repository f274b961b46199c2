package org.capacita.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

/** In a real browser: pages without JavaScript, and names that hold a right-to-left override. */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class WebHardeningUiIT extends RunningApplication {

  /**
   * Whether the first occurrence of a word on the page is drawn left to right, measured on the
   * laid-out glyphs of its first and last letter; null when the word is not on the page.
   */
  private static final String DRAWN_LEFT_TO_RIGHT =
      """
      const word = arguments[0];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const first = range.getBoundingClientRect().left;
        range.setStart(node, at + word.length - 1);
        range.setEnd(node, at + word.length);
        return range.getBoundingClientRect().left > first;
      }
      return null;
      """;

  /** The tag name of the element whose own text holds the given text. */
  private static final String ELEMENT_HOLDING =
      """
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.data.includes(arguments[0])) return node.parentElement.tagName.toLowerCase();
      }
      return null;
      """;

  @ArquillianResource private URL base;

  @Test
  void shouldRefuseAWrongPasswordPoliteWithoutJavaScript() throws Exception {
    String username = new Api(base).newAccount("LEARNER");
    try (Browser browser = Browser.openWithoutJavaScript(base, "es")) {
      browser.signIn(username, "not the password");

      assertEquals("Iniciar sesión", browser.heading(), browser.text("main"));
      assertTrue(browser.messages().contains("no son correctos"), browser.messages());
      assertTrue(browser.url().contains("login.xhtml"), browser.url());
    }
  }

  @Test
  void shouldSignInAfterAWrongPasswordWithoutJavaScript() throws Exception {
    String username = new Api(base).newAccount("LEAD");
    try (Browser browser = Browser.openWithoutJavaScript(base, "es")) {
      browser.signIn(username, "not the password");
      browser.type("#login\\:username", username);
      browser.type("#login\\:password", Api.PASSWORD);
      browser.click("#login\\:signIn");

      assertEquals("Panel", browser.heading(), "a lead's home: " + browser.text("main"));
    }
  }

  @Test
  void shouldKeepTheTextAfterANameWithARightToLeftOverrideReadingLeftToRight() throws Exception {
    String tag = UUID.randomUUID().toString().substring(0, 6);
    String given = "Zoe\u202Eabc" + tag;
    String city = "Lima\u202E" + tag;
    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn("trainer", TestSettings.demoPassword());
      browser.go("people/edit.xhtml");
      browser.type("#person\\:givenNames", given);
      browser.type("#person\\:familyNames", "Lopez");
      browser.type("#person\\:institution", "Hospital " + tag);
      browser.type("#person\\:workCity", city);
      browser.select("sectorMenu", "health");
      browser.select("countryMenu", "CL");
      browser.click("#person\\:save");
      JavascriptExecutor page = (JavascriptExecutor) browser.driver();

      assertTrue(browser.messages().contains("quedó registrada"), browser.messages());
      assertEquals(true, page.executeScript(DRAWN_LEFT_TO_RIGHT, "registrada"));
      assertEquals(true, page.executeScript(DRAWN_LEFT_TO_RIGHT, "Chile"));
      assertEquals("bdi", page.executeScript(ELEMENT_HOLDING, city));
      assertEquals("dd", page.executeScript(ELEMENT_HOLDING, ", Chile"));
      assertEquals("bdi", page.executeScript(ELEMENT_HOLDING, given + " Lopez"));
    }
  }
}
