package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Browser;
import org.capacita.support.NeedsChromium;
import org.capacita.support.NewWorkshop;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The workshop list and calendar in a browser: a trainer narrows the list by city and status, then
 * sees the workshop's session on the calendar at the venue's time, whatever the browser's zone, and
 * clicks through to the workshop.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class WorkshopListUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  @Test
  void shouldFilterTheListAndOpenAWorkshopFromTheCalendar() throws Exception {
    Api api = new Api(base);
    String token = "Bearer " + api.demoToken("trainer");
    String city = "Ovalle " + UUID.randomUUID().toString().substring(0, 6);
    LocalDate day = LocalDate.now().plusDays(12);
    String held = schedule(api, token, city, "Taller " + city + " abierto", day);
    String called = schedule(api, token, city, "Taller " + city + " suspendido", day);
    HttpResponse<String> cancelled =
        api.http()
            .postJson(
                "api/v1/workshops/" + called + "/cancellation",
                "{\"reason\":\"Paro\"}",
                "Authorization",
                token);
    assertEquals(200, cancelled.statusCode(), cancelled.body());

    try (Browser trainer = Browser.open(base, "es")) {
      trainer.inTimeZone("Asia/Tokyo");
      trainer.signIn("trainer", TestSettings.demoPassword());
      trainer.go("workshops/index.xhtml");
      trainer.type("#filters\\:from", day.toString());
      trainer.type("#filters\\:city", city);
      trainer.select("statusFilter", "SCHEDULED");
      trainer.click("#filters\\:find");

      String rows = trainer.text("#list\\:workshops");
      assertTrue(rows.contains("Taller " + city + " abierto"), rows);
      assertFalse(rows.contains("suspendido"), rows);
      assertEquals("Un taller", trainer.text("#count"));
      assertTrue(trainer.url().contains("status=SCHEDULED"), trainer.url());

      trainer.click("#calendarView");
      assertEquals("Calendario de talleres", trainer.heading());
      String inMonth = eventText(trainer, ".fc-daygrid-event", "Taller " + city + " abierto");
      assertTrue(inMonth.contains("09:00"), "at the venue's time: " + inMonth);
      assertFalse(trainer.text("#calendar").contains("suspendido"), "the status filter applies");

      trainer.driver().findElement(By.cssSelector(".fc-timeGridWeek-button")).click();
      String inWeek = eventText(trainer, ".fc-timegrid-event", "Taller " + city + " abierto");
      assertTrue(inWeek.contains("09:00 - 13:00"), inWeek);

      trainer
          .waitUpTo(20)
          .ignoring(StaleElementReferenceException.class)
          .until(
              d -> {
                WebElement event = event(d, ".fc-timegrid-event", "Taller " + city + " abierto");
                if (event != null) {
                  event.click();
                }
                return event != null;
              });
      trainer.waitUpTo(20).until(d -> d.getCurrentUrl().contains("workshop.xhtml?id=" + held));
      trainer.waitForPage();
      assertEquals("Taller " + city + " abierto", trainer.heading());
    }
  }

  /** The text of the calendar event of that kind showing {@code title}, once it is there. */
  private static String eventText(Browser browser, String kind, String title) {
    return browser
        .waitUpTo(20)
        .ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement event = event(d, kind, title);
              return event == null ? null : event.getText();
            });
  }

  private static WebElement event(WebDriver driver, String kind, String title) {
    return driver.findElements(By.cssSelector("#calendar " + kind)).stream()
        .filter(e -> e.getText().contains(title))
        .findFirst()
        .orElse(null);
  }

  private static String schedule(Api api, String token, String city, String title, LocalDate day) {
    return String.valueOf(
        new NewWorkshop()
            .title(title)
            .venue("Liceo Politécnico")
            .city(city)
            .capacity(15)
            .on(day)
            .scheduleWith(api, token));
  }
}
