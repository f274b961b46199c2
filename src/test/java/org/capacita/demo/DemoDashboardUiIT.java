package org.capacita.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The demo programme on the lead's dashboard, in Spanish: the year's projects show the health
 * programme's 314 participations beside the Formosa and Lima meetings; filtered by the health
 * project, the headline says 314 participations of fewer people and the modules 171 and 143.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class DemoDashboardUiIT extends RunningApplication {

  @ArquillianResource private URL base;

  private final DemoProgramme programme = DemoProgramme.of(LocalDate.now());

  @Test
  void shouldOpenOnTheProgrammesFiguresAndSplitTheHealthProjectByModule() throws Exception {
    waitForTheLimaMeeting();
    try (Browser lead = Browser.open(base, "es")) {
      lead.signIn("lead", TestSettings.demoPassword());
      assertEquals("Panel", lead.heading(), "a lead lands on the dashboard");
      if (programme.year() != LocalDate.now().getYear()) {
        lead.go(
            "reports/index.xhtml?from="
                + programme.year()
                + "-01-01&to="
                + programme.year()
                + "-12-31");
      }
      Map<String, long[]> projects = figures(lead, "byProject");
      assertEquals(314, projects.get(programme.healthProject())[1], projects.keySet().toString());
      assertTrue(projects.get(programme.formosaProject())[1] > 80, "Formosa");
      assertTrue(projects.get(programme.limaProject())[1] > 150, "Lima");
      lead.screenshot("demo-dashboard-es-1280");

      lead.go(
          "reports/index.xhtml?from="
              + programme.year()
              + "-01-01&to="
              + programme.year()
              + "-12-31&project="
              + URLEncoder.encode(programme.healthProject(), StandardCharsets.UTF_8));
      assertEquals("314", lead.text("#figure-participations .headline-value"));
      long people =
          Long.parseLong(lead.text("#figure-people .headline-value").replaceAll("\\D", ""));
      assertTrue(people < 314, people + " people: those trained twice count once");
      Map<String, long[]> modules = figures(lead, "byModule");
      assertEquals(2, modules.size(), modules.keySet().toString());
      List<Long> split = modules.values().stream().map(f -> f[1]).sorted().toList();
      assertEquals(List.of(143L, 171L), split);
      lead.width(390);
      lead.screenshot("demo-dashboard-es-390");
    }
  }

  /** The programme is stored in the background after start-up: waits for its last meeting. */
  private void waitForTheLimaMeeting() throws InterruptedException {
    Api api = new Api(base);
    Http http = api.http();
    String lead = "Bearer " + api.demoToken("lead");
    String query =
        "api/v1/reports/trained?from="
            + programme.year()
            + "-01-01&to="
            + programme.year()
            + "-12-31&project="
            + URLEncoder.encode(programme.limaProject(), StandardCharsets.UTF_8);
    long deadline = System.nanoTime() + 300_000_000_000L;
    while (Http.json(http.get(query, "Authorization", lead))
                .getJsonObject("totals")
                .getInt("participations")
            == 0
        && System.nanoTime() < deadline) {
      Thread.sleep(1000);
    }
  }

  /** A chart's figures (its folded table, read as text): label to people and participations. */
  private static Map<String, long[]> figures(Browser browser, String chart) {
    browser.find("#" + chart + " table");
    Map<String, long[]> figures = new HashMap<>();
    for (WebElement row :
        browser.driver().findElements(By.cssSelector("#" + chart + " tbody tr"))) {
      List<WebElement> cells = row.findElements(By.cssSelector("th, td"));
      figures.put(
          cells.get(0).getAttribute("textContent").strip(),
          new long[] {number(cells.get(1)), number(cells.get(2))});
    }
    return figures;
  }

  private static long number(WebElement cell) {
    return Long.parseLong(cell.getAttribute("textContent").replaceAll("\\D", ""));
  }
}
