package org.capacita.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.capacita.support.Browser;
import org.capacita.support.NeedsChromium;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The roll call on a 390-pixel phone: a trainer marks a session, loses the connection (Chrome's
 * network emulation), keeps marking, and when the connection returns every mark is saved, once.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class RollCallUiIT extends RunningApplication {

  private static final String ALL_SAVED = "Todas las marcas están guardadas.";

  @ArquillianResource private URL base;

  @Test
  void shouldKeepMarksMadeOfflineAndSaveEachOnceWhenTheConnectionReturns() throws Exception {
    AttendanceApi a = new AttendanceApi(base);
    String workshop = a.workshop(10);
    long ana = a.enrolled(workshop, "Ana");
    long bea = a.enrolled(workshop, "Bea");
    long cata = a.enrolled(workshop, "Catalina");

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go("attendance/roll-call.xhtml?workshop=" + workshop + "&session=1");
      trainer.screenshot("roll-call-es-1280").width(390);
      tap(trainer, ana, "PRESENT");
      awaitState(trainer, ALL_SAVED);
      assertTrue(
          trainer.text("#rollCountsText").startsWith("1 de 3"), "the count follows the taps");
      trainer.screenshot("roll-call-es-390");
      assertEquals("PRESENT", a.statusOf(workshop, 1, ana));

      ChromiumDriver chromium = (ChromiumDriver) trainer.driver();
      try {
        network(chromium, true);
        tap(trainer, bea, "LATE");
        tap(trainer, cata, "ABSENT");
        awaitState(trainer, "Sin conexión");
        assertNull(a.statusOf(workshop, 1, bea), "nothing reached the server while offline");
        assertEquals(
            "2", trainer.text("#rollState").replaceAll("\\D+", ""), "the page counts what waits");
        assertTrue(trainer.text("#rollCountsText").startsWith("3 de 3"));
      } finally {
        network(chromium, false);
      }
      awaitState(trainer, ALL_SAVED);
    }
    assertEquals("LATE", a.statusOf(workshop, 1, bea));
    assertEquals("ABSENT", a.statusOf(workshop, 1, cata));
    assertEquals(3, a.changesOf(workshop, 1).size(), "each mark saved once");
    assertEquals(
        1,
        a.changesOf(workshop, 1).stream()
            .map(JsonObject.class::cast)
            .filter(c -> c.getJsonNumber("personId").longValue() == bea)
            .filter(c -> "ROLL_CALL".equals(c.getString("channel")))
            .count());
  }

  /** Taps a status, scrolled to the middle of the screen first, clear of the sticky save bar. */
  private static void tap(Browser browser, long person, String status) {
    String choice = "li[data-person='" + person + "'] input[value='" + status + "'] + span";
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find(choice));
    browser.check(choice);
  }

  private static void awaitState(Browser browser, String part) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(40))
        .until(d -> browser.text("#rollState").contains(part));
  }

  private static void network(ChromiumDriver chromium, boolean offline) {
    chromium.executeCdpCommand("Network.enable", Map.of());
    chromium.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of("offline", offline, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
  }
}
