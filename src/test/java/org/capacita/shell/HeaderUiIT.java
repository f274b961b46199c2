package org.capacita.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.capacita.support.Browser;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The frame of every page on a phone: a header of one line whose menu opens from a button, with
 * JavaScript or without; the page shown marked in the menu; the focus on the login form's first
 * field, and on the message after a failed sign-in.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class HeaderUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldFoldTheMenuBehindAButtonOnAPhoneAndMarkThePageShown() throws Exception {
    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn("trainer", TestSettings.demoPassword());
      browser.go("workshops/index.xhtml");
      assertEquals("page", browser.find("#menu-workshops").getAttribute("aria-current"));
      assertNull(browser.find("#menu-home").getAttribute("aria-current"));
      assertTrue(browser.find("#menu-workshops").isDisplayed(), "the menu is open on a desktop");
      assertFalse(browser.find(".menu-button").isDisplayed(), "no menu button on a desktop");

      browser.width(390);
      assertTrue(headerHeight(browser) < 80, "one line: " + headerHeight(browser) + " px");
      assertFalse(browser.find("#menu-workshops").isDisplayed(), "folded on a phone");
      browser.find(".menu-button").click();
      assertTrue(browser.find("#menu-workshops").isDisplayed(), "the button opens it");
      assertTrue(browser.find("#signOut\\:signOutButton").isDisplayed());
      browser.width(390);

      browser.go("workshops/calendar.xhtml");
      assertEquals("true", browser.find("#menu-workshops").getAttribute("aria-current"));
    }
  }

  @Test
  void shouldOpenThePhoneMenuWithoutJavaScript() throws Exception {
    try (Browser browser = Browser.openWithoutJavaScript(base, "es")) {
      browser.driver().manage().window().setSize(new Dimension(390, 900));
      browser.go("login.xhtml");
      assertFalse(browser.find("#menu-catalog").isDisplayed());
      browser.find(".menu-button").click();
      assertTrue(browser.find("#menu-catalog").isDisplayed());
      assertEquals("page", browser.find(".account-link").getAttribute("aria-current"));
    }
  }

  @Test
  void shouldFocusTheUsernameThenTheMessageOfAFailedSignIn() throws Exception {
    try (Browser browser = Browser.open(base, "es")) {
      browser.go("login.xhtml");
      assertEquals("login:username", focused(browser));

      browser.signIn("trainer", "not the password");
      assertTrue(browser.text("#page-messages").contains("no son correctos"));
      assertEquals("page-messages", focused(browser));
    }
  }

  /** The id of the element with the focus, once the page has given it. */
  private static String focused(Browser browser) {
    return browser
        .waitUpTo(5)
        .until(
            d ->
                ((JavascriptExecutor) d)
                    .executeScript(
                        "const id = document.activeElement && document.activeElement.id;"
                            + " return id ? id : null;"))
        .toString();
  }

  private static long headerHeight(Browser browser) {
    return ((Number)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "return document.querySelector('.app-header').getBoundingClientRect().height"))
        .longValue();
  }
}
