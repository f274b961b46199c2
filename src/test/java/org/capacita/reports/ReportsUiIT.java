package org.capacita.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capacita.certificates.CertificateFixtures;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The report pages in Spanish: a lead lands on the dashboard, filters it by sector, quarter and the
 * test's own venue city, sees the charts and the figures of the closed workshops arranged here,
 * opens the report table, drills into a number and finds the persons, and downloads the XLSX, whose
 * rows are the table's; a trainer gets 403 from the pages and the API.
 */
@ExtendWith(NeedsChromium.class)
@RunAsClient
class ReportsUiIT extends RunningApplication {

  private static final int DAYS_AGO = 12;

  @ArquillianResource private URL base;

  @Test
  void shouldFilterDrillIntoANumberAndDownloadTheSameRows() throws Exception {
    CertificateFixtures f = new CertificateFixtures(base);
    long ana = f.person("Ana Lucía", "Quispe");
    long berta = f.person("Berta", "Mamani Flores");
    f.closedWorkshop(DAYS_AGO, ana, berta);
    f.closedWorkshop(DAYS_AGO, ana);
    String city = "Iquique " + f.tag;
    LocalDate day = LocalDate.now().minusDays(DAYS_AGO);
    String quarter = day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);

    try (Browser lead = Browser.open(base, "es")) {
      lead.signIn("lead", TestSettings.demoPassword());
      assertEquals("Panel", lead.heading(), "a lead lands on the dashboard");
      assertNull(lead.find("#reportFormBox").getAttribute("open"), "the form folded");
      lead.check("#reportFormBox > summary");
      lead.select("sectorFilter", "health").select("periodChoice", "QUARTER:" + quarter);
      lead.check("#reportForm details.report-more summary");
      lead.type("#reportForm\\:venueCity", city);
      lead.click("#reportForm\\:show");

      assertTrue(lead.url().contains("venueCity="), lead.url());
      assertTrue(lead.url().contains("sector=health"), lead.url());
      assertHeadline(lead);
      lead.driver().navigate().refresh();
      lead.waitForPage();
      assertHeadline(lead);
      lead.screenshot("dashboard-es-1280");
      lead.width(390);
      lead.screenshot("dashboard-es-390");
      lead.width(1280);

      lead.click("#tableView");
      assertEquals("Tabla del informe", lead.heading());
      assertNotNull(lead.find("#reportFormBox").getAttribute("open"), "the form shown");
      List<List<String>> table = tableOf(lead);
      assertEquals(
          List.of(List.of("Salud", "2", "3", "2"), List.of("Total", "2", "3", "2")), table);
      assertTrue(lead.text("#notAdditive").contains("una sola vez en el total"));
      lead.screenshot("trained-es-1280");
      lead.width(390);
      lead.screenshot("trained-es-390");
      lead.width(1280);

      String xlsx = lead.find("#downloadXlsx").getAttribute("href");
      HttpResponse<byte[]> file =
          new Http(base)
              .bytes(
                  new Http(base)
                      .request(xlsx.substring(xlsx.indexOf("reports/export.xhtml")))
                      .header("Cookie", "JSESSIONID=" + lead.sessionCookie().getValue())
                      .GET());
      assertEquals(200, file.statusCode());
      assertEquals(table, rowsOf(file.body()));

      lead.click("#reportTable tbody tr:first-child td.number a");
      assertEquals("Las personas detrás de una cifra", lead.heading());
      String people = lead.text("#list\\:people");
      assertTrue(people.contains("Ana Lucía Quispe " + f.tag), people);
      assertTrue(people.contains("Berta Mamani Flores " + f.tag), people);
      assertTrue(lead.text("#counts").startsWith("2 personas · 3 participaciones"));
      lead.screenshot("people-es-1280");
      lead.width(390);
      lead.screenshot("people-es-390");
      lead.width(1280);
      lead.click("#backToReport");
      assertEquals("Tabla del informe", lead.heading());
      assertEquals(table, tableOf(lead), "back with the same filters");
    }
  }

  @Test
  void shouldRefuseTheReportPagesAndApiToATrainer() throws Exception {
    try (Browser trainer = Browser.open(base, "es")) {
      trainer.signIn("trainer", TestSettings.demoPassword());
      assertFalse(trainer.has("#menu-reports"));
      trainer.go("reports/index.xhtml");
      assertEquals("Acceso no permitido", trainer.heading());
      String cookie = "JSESSIONID=" + trainer.sessionCookie().getValue();
      Http http = new Http(base);
      for (String page :
          List.of(
              "reports/index.xhtml",
              "reports/trained.xhtml",
              "reports/people.xhtml",
              "reports/export.xhtml?from=2026-01-01&to=2026-12-31&format=xlsx")) {
        assertEquals(403, http.get(page, "Cookie", cookie).statusCode(), page);
      }
    }
    String token = "Bearer " + new Api(base).demoToken("trainer");
    HttpResponse<String> api =
        new Http(base)
            .get("api/v1/reports/trained?from=2026-01-01&to=2026-12-31", "Authorization", token);
    assertEquals(403, api.statusCode(), api.body());
  }

  private static void assertHeadline(Browser lead) {
    assertEquals("2", lead.text("#figure-people .headline-value"));
    assertEquals("3", lead.text("#figure-participations .headline-value"));
    assertEquals("2", lead.text("#figure-workshops .headline-value"));
    assertTrue(lead.has("#bySector canvas") && lead.has("#trend canvas"));
    Object drawn =
        ((JavascriptExecutor) lead.driver())
            .executeScript(
                "var w = Object.values(PrimeFaces.widgets)"
                    + ".find(w => w.id === 'bySector-chart' && w.chart);"
                    + " return w ? w.chart.data.datasets.map(d => d.data.join(',')).join('|')"
                    + " : null;");
    assertEquals("2|3", drawn, "people and participations drawn for the one sector");
  }

  /** The report table's rows and total as the page shows them, one list of cell texts a row. */
  private static List<List<String>> tableOf(Browser browser) {
    browser.find("#reportTable");
    List<List<String>> rows = new ArrayList<>();
    for (WebElement row :
        browser
            .driver()
            .findElements(By.cssSelector("#reportTable tbody tr, #reportTable tfoot tr"))) {
      List<String> cells = new ArrayList<>();
      for (WebElement cell : row.findElements(By.cssSelector("th, td"))) {
        cells.add(cell.getText().strip());
      }
      rows.add(cells);
    }
    return rows;
  }

  /** The workbook's lines under the header, numbers written as whole numbers. */
  private static List<List<String>> rowsOf(byte[] xlsx) throws Exception {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<List<String>> rows = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() == 0) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
          cells.add(
              cell.getCellType() == CellType.NUMERIC
                  ? Long.toString(Math.round(cell.getNumericCellValue()))
                  : cell.getStringCellValue());
        }
        rows.add(cells);
      }
      return rows;
    }
  }
}
