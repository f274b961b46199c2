package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.capacita.support.Browser;
import org.capacita.support.Http;
import org.capacita.support.NeedsChromium;
import org.capacita.support.PageClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;

/**
 * The scheduling form as a trainer fills it in Spanish: session dates in a date input (the day in
 * the local form, 14/01/2027, is taken too), each refusal beside its own field with the session's
 * number, the time zones of the chosen country first and the others on demand, and menus that fit a
 * phone.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class WorkshopEditUiIT extends WorkshopApiTest {

  @ArquillianResource private URL base;

  @Override
  URL base() {
    return base;
  }

  @Test
  void shouldShowAMissingSessionDateOnItsOwnFieldWithTheSessionNumber() throws Exception {
    String city = "Calama " + UUID.randomUUID().toString().substring(0, 6);
    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn(api.newAccount("TRAINER"), org.capacita.support.Api.PASSWORD);
      trainer.go("workshops/edit.xhtml");
      assertEquals("date", trainer.find("#workshop\\:sessions\\:0\\:date").getAttribute("type"));
      trainer.select("moduleMenu", "TEST-ONLINE");
      trainer.type("#workshop\\:venue", "Hospital de Calama");
      trainer.type("#workshop\\:city", city);
      trainer.type("#workshop\\:sessions\\:0\\:date", future(40).toString());
      trainer.check("#workshop\\:addSession");
      trainer.find("#workshop\\:sessions\\:1\\:date");
      trainer.click("#workshop\\:save");

      assertEquals("Programar un taller", trainer.heading(), "the form is shown again");
      String row = trainer.text("#workshop\\:sessions_data tr:nth-child(2)");
      assertTrue(row.contains("Sesión 2: indique la fecha."), row);
      assertFalse(trainer.text("#page-messages").contains("Sesión"), "not at the top");
      assertTrue(
          trainer
              .find("#workshop\\:sessions\\:1\\:date")
              .getAttribute("class")
              .contains("ui-state-error"),
          "the field is marked");
      trainer.width(390);

      trainer.type("#workshop\\:sessions\\:1\\:date", future(41).toString());
      trainer.type("#workshop\\:sessions\\:1\\:start", "14:00");
      trainer.type("#workshop\\:sessions\\:1\\:end", "13:00");
      trainer.click("#workshop\\:save");
      row = trainer.text("#workshop\\:sessions_data tr:nth-child(2)");
      assertTrue(row.contains("La sesión 2 debe terminar después de comenzar."), row);

      trainer.type("#workshop\\:sessions\\:1\\:end", "17:30");
      trainer.click("#workshop\\:save");
      assertTrue(trainer.url().contains("workshop.xhtml?id="), trainer.url());
    }
  }

  @Test
  void shouldTakeASessionDateWrittenTheLocalWay() {
    String city = "Tocopilla " + UUID.randomUUID().toString().substring(0, 6);
    PageClient page = new PageClient(base);
    page.signIn(api.newAccount("TRAINER"), org.capacita.support.Api.PASSWORD);
    HttpResponse<String> form = page.get("workshops/edit.xhtml");
    Map<String, String> fields = PageClient.hiddenFieldsOf(form, "workshop");
    fields.put("workshop:module_input", "TEST-ONLINE");
    fields.put("workshop:title", "Taller " + city);
    fields.put("workshop:venue", "Escuela D-12");
    fields.put("workshop:city", city);
    fields.put("workshop:country_input", "CL");
    fields.put("workshop:timeZone_input", "America/Santiago");
    fields.put("workshop:capacity", "20");
    fields.put("workshop:signUpMode_input", "OPEN");
    fields.put("workshop:signUpDeadline", "10/01/2027");
    fields.put("workshop:sessions:0:date", "14/01/2027");
    fields.put("workshop:sessions:0:start", "09:00");
    fields.put("workshop:sessions:0:end", "13:00");
    fields.put("workshop:save", "");

    HttpResponse<String> saved = page.post("workshops/edit.xhtml", fields, null);

    assertEquals(302, saved.statusCode(), saved.body());
    String location = saved.headers().firstValue("Location").orElseThrow();
    String id = location.substring(location.indexOf("id=") + 3).replaceAll("\\D.*", "");
    JsonObject workshop = Http.json(http.get("api/v1/workshops/" + id, "Authorization", trainer));
    assertEquals(
        "2027-01-14",
        workshop.getJsonArray("sessions").getJsonObject(0).getString("date"),
        workshop.toString());
    assertEquals("2027-01-10", workshop.getString("signUpDeadline"), workshop.toString());
  }

  @Test
  void shouldOfferTheCountrysTimeZonesFirstAndFitMenusOnAPhone() throws Exception {
    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn(api.newAccount("TRAINER"), org.capacita.support.Api.PASSWORD);
      trainer.go("workshops/edit.xhtml");
      List<String> chile = zones(trainer);
      assertEquals("America/Santiago", chile.get(0), chile.toString());
      assertTrue(chile.contains("Pacific/Easter") && chile.size() < 8, chile.toString());

      trainer.choose("countryMenu", "AR");
      List<String> argentina =
          waitFor(
              trainer, zones -> !zones.isEmpty() && zones.get(0).startsWith("America/Argentina/"));
      assertFalse(argentina.contains("America/Santiago"), argentina.toString());
      assertEquals(
          argentina.get(0),
          trainer.find("#workshop\\:timeZone_input option[selected]").getAttribute("value"),
          "the zone follows the country");
      trainer.choose("countryMenu", "CL");
      waitFor(trainer, zones -> !zones.isEmpty() && zones.get(0).equals("America/Santiago"));

      trainer.check("#workshop\\:allZones .ui-chkbox-box");
      List<String> all = waitFor(trainer, zones -> zones.size() > 300);
      assertEquals("America/Santiago", all.get(0), "the country's zones still come first");
      assertTrue(all.contains("Europe/Madrid"), "others on demand");
      assertFalse(
          all.stream().anyMatch(z -> z.startsWith("Etc/") || z.startsWith("SystemV/")),
          "no Etc/ or SystemV/ zones");

      trainer.width(390);
      trainer.driver().findElement(By.id("workshop:module")).click();
      WebElement panel = trainer.find("#workshop\\:module_panel");
      trainer.waitUpTo(10).until(d -> panel.isDisplayed());
      Number right =
          (Number)
              ((JavascriptExecutor) trainer.driver())
                  .executeScript("return arguments[0].getBoundingClientRect().right;", panel);
      assertTrue(right.doubleValue() <= 390, "the module list ends at " + right);
    }
  }

  /** The zones the time-zone menu offers, in its order. */
  private static List<String> zones(Browser browser) {
    return browser
        .driver()
        .findElements(By.cssSelector("#workshop\\:timeZone_input option"))
        .stream()
        .map(o -> o.getAttribute("value"))
        .toList();
  }

  private static List<String> waitFor(
      Browser browser, java.util.function.Predicate<List<String>> condition) {
    return browser
        .waitUpTo(15)
        .ignoring(WebDriverException.class)
        .until(
            d -> {
              List<String> zones = zones(browser);
              return condition.test(zones) ? zones : null;
            });
  }
}
