package org.capacita.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.capacita.certificates.CertificateFixtures;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The reports API on H2 and MariaDB, on workshops each test closes through the API in a venue city
 * of its own ({@code Iquique <tag>}, the fixtures' city), so that other tests' completions never
 * reach its numbers: people against participations, a merge and its undoing, a cancelled workshop,
 * quarters within a year, totals, suppression, the CSV and XLSX files, and who may ask.
 */
@RunAsClient
class ReportsApiIT extends RunningApplication {

  @ArquillianResource private URL base;

  private CertificateFixtures f;
  private String city;

  @BeforeEach
  void connect() {
    f = new CertificateFixtures(base);
    city = "Iquique " + f.tag;
  }

  @Test
  void shouldCountAPersonOnceAndEachOfTheirCompletions() {
    long ana = f.person("Ana", "Dos Módulos");
    long bea = f.person("Bea", "Un Módulo");
    String reading = f.closedWorkshop(10, ana, bea);
    String template = f.closedWorkshop(CertificateFixtures.TEMPLATE_MODULE, 9, ana);
    for (String workshop : List.of(reading, template)) {
      // certificates may also follow a closure by themselves; asking makes sure they are there
      assertEquals(200, f.issue(workshop, f.trainer).statusCode());
    }

    JsonObject report =
        report(
            "by=module&indicators=firstTimePeople,workshops,personHours,certificatesIssued",
            f.lead);
    JsonArray rows = report.getJsonArray("rows");
    assertEquals(2, rows.size(), report.toString());
    JsonObject read = row(rows, "module", CertificateFixtures.MODULE);
    assertEquals(2, read.getInt("people"));
    assertEquals(2, read.getInt("participations"));
    JsonObject templated = row(rows, "module", CertificateFixtures.TEMPLATE_MODULE);
    assertEquals(1, templated.getInt("people"));
    assertEquals(1, templated.getInt("participations"));

    JsonObject totals = report.getJsonObject("totals");
    assertEquals(2, totals.getInt("people"), "Ana counts once in the total");
    assertEquals(3, totals.getInt("participations"), "and each completion counts");
    assertEquals(2, totals.getInt("firstTimePeople"));
    assertEquals(2, totals.getInt("workshops"));
    assertEquals(sum(rows, "participations"), totals.getInt("participations"));
    assertEquals(
        sumDecimal(rows, "personHours"),
        totals.getJsonNumber("personHours").bigDecimalValue().doubleValue(),
        0.001);
    assertEquals(12.0, totals.getJsonNumber("personHours").doubleValue(), 0.001, "3 x 4 hours");
    assertEquals(
        f.listed(reading).size() + f.listed(template).size(), totals.getInt("certificatesIssued"));
    assertTrue(sum(rows, "people") > totals.getInt("people"), "rows of people do not add up");

    JsonArray trainers = report("by=trainer", f.lead).getJsonArray("rows");
    assertEquals(1, trainers.size(), "the demo trainer trains both: " + trainers);
    String trainer = trainers.getJsonObject(0).getString("trainer");
    assertEquals(2, trainers.getJsonObject(0).getInt("people"));
    assertEquals(3, trainers.getJsonObject(0).getInt("participations"));
    JsonObject byTrainer = report("trainer=" + encode(trainer), f.lead);
    assertEquals(3, byTrainer.getJsonObject("totals").getInt("participations"));
  }

  @Test
  @ResourceLock(TestSettings.MERGES)
  void shouldLowerPeopleButNotParticipationsWhenTwoRecordsAreMergedAndBackOnUndo() {
    long first = f.person("Rosa", "Registrada");
    long second = f.person("Rosa", "Registrada Otra Vez");
    String one = f.closedWorkshop(12, first);
    String other = f.closedWorkshop(CertificateFixtures.TEMPLATE_MODULE, 11, second);
    for (String workshop : List.of(one, other)) {
      // the certificates a closure issues by itself, finished before the merge moves them
      assertEquals(200, f.issue(workshop, f.trainer).statusCode());
    }
    assertTotals(2, 2);
    assertEquals(1, firstTimeSinceElevenDaysAgo(), "the second record was trained 11 days ago");

    HttpResponse<String> merged =
        f.http.postJson(
            "api/v1/people/" + first + "/merge",
            "{\"duplicateId\":" + second + "}",
            "Authorization",
            f.lead);
    assertEquals(200, merged.statusCode(), merged.body());
    assertTotals(1, 2);
    JsonObject drilled = drill("venueCity=" + encode(city), f.lead);
    assertEquals(1, drilled.getInt("total"));
    JsonObject person = drilled.getJsonArray("items").getJsonObject(0);
    assertEquals(first, person.getJsonNumber("id").longValue());
    assertEquals(2, person.getInt("completions"));
    assertEquals(0, firstTimeSinceElevenDaysAgo(), "merged, the person was trained 12 days ago");

    String merge = merged.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> undone =
        f.http.postJson(
            "api/v1/people/merges/" + merge.substring(merge.lastIndexOf('/') + 1) + "/undo",
            "{}",
            "Authorization",
            f.lead);
    assertEquals(204, undone.statusCode(), undone.body());
    assertTotals(2, 2);
    assertEquals(1, firstTimeSinceElevenDaysAgo());
  }

  /** First-time people from 11 days ago to today in this test's city. */
  private int firstTimeSinceElevenDaysAgo() {
    LocalDate today = LocalDate.now();
    return get(
            "from="
                + today.minusDays(11)
                + "&to="
                + today
                + "&venueCity="
                + encode(city)
                + "&indicators=firstTimePeople",
            f.lead)
        .getJsonObject("totals")
        .getInt("firstTimePeople");
  }

  @Test
  void shouldCountNothingForACancelledWorkshop() {
    long person = f.person("Carla", "Cancelada");
    String workshop = f.closedWorkshop(8, person);
    assertTotals(1, 1);
    HttpResponse<String> reopened =
        f.http.postJson(
            "api/v1/workshops/" + workshop + "/closure/reopening",
            "{\"reason\":\"corrección\"}",
            "Authorization",
            f.trainer);
    assertEquals(200, reopened.statusCode(), reopened.body());
    HttpResponse<String> cancelled =
        f.http.postJson(
            "api/v1/workshops/" + workshop + "/cancellation",
            "{\"reason\":\"no se realizó\"}",
            "Authorization",
            f.trainer);
    assertEquals(200, cancelled.statusCode(), cancelled.body());
    assertTotals(0, 0);
    JsonObject workshops = report("indicators=workshops,personHours", f.lead);
    assertEquals(0, workshops.getJsonObject("totals").getInt("workshops"));
  }

  @Test
  void shouldCountAPersonTrainedInTwoQuartersOnceInTheYearAndOnceInEachQuarter() {
    int year = LocalDate.now().getYear() - 1;
    LocalDate today = LocalDate.now();
    long person = f.person("Quinta", "Dos Trimestres");
    long other = f.person("Sexta", "Un Trimestre");
    f.closedWorkshop(
        (int) ChronoUnit.DAYS.between(LocalDate.of(year, 2, 10), today), person, other);
    f.closedWorkshop((int) ChronoUnit.DAYS.between(LocalDate.of(year, 5, 12), today), person);
    String period = "from=" + year + "-01-01&to=" + year + "-12-31&venueCity=" + encode(city);

    JsonObject quarters = get(period + "&by=quarter&indicators=firstTimePeople", f.lead);
    JsonArray rows = quarters.getJsonArray("rows");
    assertEquals(2, rows.size(), quarters.toString());
    JsonObject q1 = row(rows, "quarter", year + "-Q1");
    JsonObject q2 = row(rows, "quarter", year + "-Q2");
    assertEquals(2, q1.getInt("people"));
    assertEquals(1, q2.getInt("people"));
    assertEquals(2, q1.getInt("firstTimePeople"));
    assertEquals(0, q2.getInt("firstTimePeople"), "trained before the second quarter");
    assertEquals(2, quarters.getJsonObject("totals").getInt("people"));
    assertEquals(3, quarters.getJsonObject("totals").getInt("participations"));

    JsonObject years = get(period + "&by=year,quarter", f.lead);
    assertEquals(2, years.getJsonArray("rows").size());
    JsonObject inYear = get(period + "&by=year", f.lead);
    JsonObject yearRow = inYear.getJsonArray("rows").getJsonObject(0);
    assertEquals(String.valueOf(year), yearRow.getString("year"));
    assertEquals(2, yearRow.getInt("people"), "once in the year");
    assertEquals(3, yearRow.getInt("participations"));
    JsonObject second = get(period + "&quarter=" + year + "-Q2", f.lead);
    assertEquals(1, second.getJsonObject("totals").getInt("people"));
  }

  @Test
  void shouldHideSmallCountsAndTheCellThatWouldGiveThemAway() {
    List<Long> persons = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      persons.add(person("Fem" + i, "F", "Hospital " + f.tag));
    }
    persons.add(person("Mas", "M", "Hospital " + f.tag));
    for (int i = 0; i < 3; i++) {
      persons.add(person("Otr" + i, "X", "Hospital " + f.tag));
    }
    f.closedWorkshop(7, persons.stream().mapToLong(Long::longValue).toArray());
    JsonObject plain = report("by=sex", f.lead);
    assertEquals(1, row(plain.getJsonArray("rows"), "sex", "M").getInt("people"));

    JsonObject hidden = report("by=sex&suppress=3", f.lead);
    JsonArray rows = hidden.getJsonArray("rows");
    assertEquals(4, row(rows, "sex", "F").getInt("people"));
    assertEquals("<3", row(rows, "sex", "M").getString("people"), "1 is below 3");
    assertEquals("<3", row(rows, "sex", "X").getString("people"), "else total minus 4 gives 1");
    assertEquals(8, hidden.getJsonObject("totals").getInt("people"));
    assertEquals(3, hidden.getInt("suppressedBelow"));
  }

  @Test
  void shouldGiveTheSameRowsAsCsvAndXlsxWithFormulasKeptAsText() throws IOException {
    long formula = person("Fórmula", "F", "=HYPERLINK(\"http://x\",\"y\") " + f.tag);
    long plain = f.person("Texto", "Plano");
    f.closedWorkshop(6, formula, plain);
    f.closedWorkshop(CertificateFixtures.TEMPLATE_MODULE, 5, formula);
    String query = "by=institution,module";
    JsonArray rows = report(query, f.lead).getJsonArray("rows");
    assertEquals(3, rows.size(), rows.toString());

    HttpResponse<String> csv =
        f.http.get(url(query), "Authorization", f.lead, "Accept", "text/csv");
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<CSVRecord> records =
        CSVFormat.RFC4180.parse(new StringReader(csv.body().replace("\uFEFF", ""))).getRecords();
    assertEquals(rows.size() + 2, records.size(), "header, rows and total");
    for (int i = 0; i < rows.size(); i++) {
      JsonObject row = rows.getJsonObject(i);
      CSVRecord record = records.get(i + 1);
      assertEquals(cellText(row.getString("institutionLabel")), record.get(0));
      assertEquals(row.getString("moduleLabel"), record.get(1));
      assertEquals(String.valueOf(row.getInt("people")), record.get(2));
      assertEquals(String.valueOf(row.getInt("participations")), record.get(3));
    }
    assertTrue(
        records.stream().anyMatch(r -> r.get(0).startsWith("'=HYPERLINK")),
        "the formula is text: " + csv.body());

    HttpResponse<byte[]> xlsx =
        f.http.bytes(
            f.http.request(url(query) + "&format=xlsx").header("Authorization", f.lead).GET());
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertEquals(rows.size() + 1, sheet.getLastRowNum(), "rows after the header, then total");
      for (int i = 0; i < rows.size(); i++) {
        JsonObject row = rows.getJsonObject(i);
        Row line = sheet.getRow(i + 1);
        Cell institution = line.getCell(0);
        assertEquals(CellType.STRING, institution.getCellType(), "never a formula");
        assertEquals(cellText(row.getString("institutionLabel")), institution.getStringCellValue());
        assertEquals(row.getInt("people"), (int) line.getCell(2).getNumericCellValue());
        assertEquals(row.getInt("participations"), (int) line.getCell(3).getNumericCellValue());
      }
    }

    HttpResponse<byte[]> pdf =
        f.http.bytes(
            f.http
                .request(url(query) + "&format=pdf")
                .header("Authorization", f.lead)
                .header("Accept-Language", "es")
                .GET());
    assertEquals(200, pdf.statusCode());
    assertTrue(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
  }

  @Test
  void shouldAnswerOnlyLeadsAndAdminsAndRefuseMalformedQueries() {
    String query = url("by=sector");
    assertEquals(403, f.http.get(query, "Authorization", f.trainer).statusCode());
    assertEquals(401, f.http.get(query).statusCode());
    assertEquals(200, f.http.get(query, "Authorization", f.admin).statusCode());
    assertEquals(
        403,
        f.http
            .get(
                "api/v1/reports/trained/people?from=2026-01-01&to=2026-12-31",
                "Authorization",
                f.trainer)
            .statusCode());
    assertEquals(
        403, f.http.postJson("api/v1/reports/rebuild", "", "Authorization", f.lead).statusCode());

    HttpResponse<String> badDate =
        f.http.get(
            "api/v1/reports/trained?from=2026-13-01&to=2026-12-31",
            "Authorization",
            f.lead,
            "Accept-Language",
            "es");
    assertEquals(400, badDate.statusCode(), badDate.body());
    JsonObject problem = Http.json(badDate);
    assertEquals("from", problem.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertTrue(problem.getString("detail").contains("fecha"), problem.toString());
    for (String bad :
        new String[] {
          "from=2026-05-01&to=2026-04-01",
          "from=2026-01-01&to=2026-12-31&by=colour",
          "from=2026-01-01&to=2026-12-31&by=sex,sector,module,venueCity",
          "from=2026-01-01&to=2026-12-31&format=doc",
          "from=2026-01-01&to=2026-12-31&sector=" + encode("1) OR 1=1 --") + "&institution=x",
          "to=2026-12-31"
        }) {
      HttpResponse<String> refused =
          f.http.get("api/v1/reports/trained?" + bad, "Authorization", f.lead);
      assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
    }
    assertEquals(
        404,
        f.http
            .get("api/v1/reports/colours?from=2026-01-01&to=2026-12-31", "Authorization", f.lead)
            .statusCode());
    assertEquals(
        200,
        f.http
            .get(url("by=month").replace("trained", "knowledge-gain"), "Authorization", f.lead)
            .statusCode());
  }

  private void assertTotals(int people, int participations) {
    JsonObject totals = report("", f.lead).getJsonObject("totals");
    assertEquals(people, totals.getInt("people"), totals.toString());
    assertEquals(participations, totals.getInt("participations"), totals.toString());
  }

  /** The report of the last 60 days in this test's city. */
  private JsonObject report(String query, String token) {
    return get(
        period() + "&venueCity=" + encode(city) + (query.isEmpty() ? "" : "&" + query), token);
  }

  private String url(String query) {
    return "api/v1/reports/trained?" + period() + "&venueCity=" + encode(city) + "&" + query;
  }

  private static String period() {
    LocalDate today = LocalDate.now();
    return "from=" + today.minusDays(60) + "&to=" + today;
  }

  private JsonObject get(String query, String token) {
    HttpResponse<String> answer =
        f.http.get("api/v1/reports/trained?" + query, "Authorization", token);
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.json(answer);
  }

  private JsonObject drill(String query, String token) {
    HttpResponse<String> answer =
        f.http.get(
            "api/v1/reports/trained/people?" + period() + "&" + query, "Authorization", token);
    assertEquals(200, answer.statusCode(), answer.body());
    return Http.json(answer);
  }

  /** A person of the given sex and institution (created as the demo trainer). */
  private long person(String given, String sex, String institution) {
    String body =
        Json.createObjectBuilder()
            .add("givenNames", given)
            .add("familyNames", "Informe " + f.tag)
            .add("sex", sex)
            .add("institution", institution)
            .add("sector", "health")
            .add("workCity", "Iquique")
            .add("workCountry", "CL")
            .build()
            .toString();
    HttpResponse<String> created =
        f.http.postJson("api/v1/people", body, "Authorization", f.trainer);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  private static JsonObject row(JsonArray rows, String dimension, String value) {
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .filter(r -> value.equals(r.getString(dimension, null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + dimension + "=" + value + " in " + rows));
  }

  private static int sum(JsonArray rows, String indicator) {
    return rows.stream().map(JsonValue::asJsonObject).mapToInt(r -> r.getInt(indicator)).sum();
  }

  private static double sumDecimal(JsonArray rows, String indicator) {
    return rows.stream()
        .map(JsonValue::asJsonObject)
        .mapToDouble(r -> r.getJsonNumber(indicator).doubleValue())
        .sum();
  }

  /** A label as an export cell holds it: a formula gets a leading apostrophe. */
  private static String cellText(String label) {
    return "=+-@".indexOf(label.charAt(0)) >= 0 ? "'" + label : label;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
