package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.capacita.support.Browser;
import org.capacita.support.NeedsChromium;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;

/**
 * The calendar opens on the next workshop rather than on this month's empty page, and on a phone
 * shows an agenda list only, not a month grid of unreadable bars.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class WorkshopCalendarUiIT extends WorkshopApiTest {

  @ArquillianResource private URL base;

  @Override
  URL base() {
    return base;
  }

  @Test
  void shouldOpenOnTheNextWorkshopAndShowAnAgendaOnAPhone() throws Exception {
    String city = "Putre " + UUID.randomUUID().toString().substring(0, 6);
    LocalDate day = future(75);
    HttpResponse<String> created =
        post("api/v1/workshops", workshop(city, 10, day, "09:00", "13:00"), trainer);
    assertEquals(201, created.statusCode(), created.body());
    String title = "Trafficking and health in " + city;

    try (Browser browser = Browser.open(base, "es")) {
      browser.signIn("trainer", TestSettings.demoPassword());
      browser.go("workshops/calendar.xhtml?city=" + city.replace(" ", "%20"));
      assertTrue(eventShown(browser, ".fc-daygrid-event", title), "opens on " + day);

      browser.width(390);
      browser.go("workshops/calendar.xhtml?city=" + city.replace(" ", "%20"));
      assertTrue(eventShown(browser, ".fc-list-event", title), "an agenda list on a phone");
      assertFalse(browser.has("#calendar .fc-dayGridMonth-button"), "no month grid offered");
    }
  }

  private static boolean eventShown(Browser browser, String kind, String title) {
    return browser
        .waitUpTo(20)
        .ignoring(WebDriverException.class)
        .until(
            d ->
                d.findElements(By.cssSelector("#calendar " + kind)).stream()
                    .anyMatch(e -> e.getText().contains(title)));
  }
}
