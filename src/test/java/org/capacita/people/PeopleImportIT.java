package org.capacita.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.capacita.people.importing.RowReaders;
import org.capacita.people.importing.XlsxFixtures;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/people/import}: all or nothing, row-level errors, idempotent re-import. */
@RunAsClient
class PeopleImportIT extends RunningApplication {

  @ArquillianResource private URL base;

  private Http http;
  private String trainer;
  private String tag;

  @BeforeEach
  void connect() {
    Api api = new Api(base);
    http = api.http();
    trainer = "Bearer " + api.demoToken("trainer");
    tag = "T" + UUID.randomUUID().toString().substring(0, 6);
  }

  @Test
  void shouldImportAFileOnceAndMatchEveryRowTheSecondTime() {
    byte[] file =
        ("\uFEFF" + PeopleCsv.healthWorkers(tag, 12).text()).getBytes(StandardCharsets.UTF_8);

    JsonObject first = Http.json(upload(file, ""));
    JsonObject second = Http.json(upload(file, ""));

    assertEquals(12, first.getInt("created"), first.toString());
    assertTrue(first.getBoolean("written"));
    assertEquals(0, second.getInt("created"), second.toString());
    assertEquals(12, second.getInt("matched"));
    assertEquals(12, found(tag));
  }

  @Test
  void shouldStoreNothingWhenARowIsWrongAndSayWhichInSpanish() {
    String csv =
        PeopleCsv.healthWorkers(tag, 5)
            .replace(1, ",Sin Nombre " + tag + ",F,,,,Hospital " + tag + ",health,,Antofagasta,CL")
            .replace(
                3, "Luis,Mamani " + tag + ",M,,,,Hospital " + tag + ",astronautas,,Antofagasta,CL")
            .text()
            .replace(',', ';');

    HttpResponse<String> response = send(csv.getBytes(StandardCharsets.UTF_8), "", "es");

    JsonObject report = Http.json(response);
    assertEquals(200, response.statusCode(), response.body());
    assertFalse(report.getBoolean("written"));
    assertEquals(0, report.getInt("created"));
    assertEquals(2, report.getJsonArray("errors").size(), report.toString());
    JsonObject missing = report.getJsonArray("errors").getJsonObject(0);
    assertEquals(3, missing.getInt("row"));
    assertEquals("givenNames", missing.getString("field"));
    String refused = report.getJsonArray("errors").getJsonObject(1).getString("message");
    assertTrue(refused.startsWith("No hay un sector «astronautas»."), refused);
    assertTrue(refused.contains("Salud; Justicia (poder judicial)"), refused);
    assertEquals(0, found(tag));

    JsonObject partial =
        Http.json(send(csv.getBytes(StandardCharsets.UTF_8), "?partial=true", "es"));
    assertEquals(3, partial.getInt("created"), partial.toString());
    assertEquals(3, found(tag));
  }

  @Test
  void shouldUpdateTheRegisteredPersonsOfMatchedRowsOnlyWhenAsked() {
    String row = "\r\nMarta,Rivas " + tag + ",F,,,,Hospital " + tag + ",health,%s,Antofagasta,CL";
    String first = PeopleCsv.HEADER + String.format(row, "Enfermera");
    assertEquals(
        1, Http.json(send(first.getBytes(StandardCharsets.UTF_8), "", "es")).getInt("created"));
    byte[] again =
        (PeopleCsv.HEADER + String.format(row, "Matrona")).getBytes(StandardCharsets.UTF_8);

    JsonObject kept = Http.json(send(again, "", "es"));
    JsonObject updated = Http.json(send(again, "?update=true", "es"));

    assertEquals(1, kept.getInt("matched"), kept.toString());
    assertEquals(0, kept.getInt("updated"), kept.toString());
    assertEquals(1, updated.getInt("matched"), updated.toString());
    assertEquals(1, updated.getInt("updated"), updated.toString());
    assertEquals(0, updated.getInt("created"), updated.toString());
    assertEquals(400, send(again, "?update=yes", "es").statusCode());
  }

  @Test
  void shouldTakeSectorsAndCountriesByNameInEitherLanguageAsWellAsByCode() {
    String csv =
        PeopleCsv.HEADER
            + "\r\nAna,Quispe "
            + tag
            + ",F,,,,Comisaría "
            + tag
            + ",Policía,,Arica,Chile"
            + "\r\nBruno,Tapia "
            + tag
            + ",M,,,,Hospital "
            + tag
            + ",Salud,,Arica,chile"
            + "\r\nCarla,Rivas "
            + tag
            + ",F,,,,Hospital "
            + tag
            + ",health,,Arica,CL"
            + "\r\nDora,Luna "
            + tag
            + ",F,,,,Hospital Loayza "
            + tag
            + ",Health,,Lima,Perú\r\n";

    JsonObject report = Http.json(upload(csv.getBytes(StandardCharsets.UTF_8), ""));

    assertEquals(4, report.getInt("created"), report.toString());
    JsonObject police =
        Http.json(http.get("api/v1/people?q=quispe+" + tag, "Authorization", trainer))
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("law_enforcement", police.getString("sector"));
    assertEquals("CL", police.getString("workCountry"));
  }

  @Test
  void shouldSayWhichCountriesAreValidWhereOneIsRefused() {
    String csv =
        PeopleCsv.HEADER
            + "\r\nAna,Quispe "
            + tag
            + ",F,,,,Hospital "
            + tag
            + ",Salud,,Arica,Narnia\r\n";

    JsonObject report = Http.json(send(csv.getBytes(StandardCharsets.UTF_8), "", "es"));

    String refused = report.getJsonArray("errors").getJsonObject(0).getString("message");
    assertTrue(refused.startsWith("No hay un país «Narnia»."), refused);
    assertTrue(refused.contains("Chile (CL)") && refused.contains("Perú (PE)"), refused);
  }

  @Test
  void shouldQueueLikelyDuplicatesOfImportedPersonsForReview() throws Exception {
    String registered =
        "{\"givenNames\":\"Rosa Elena\",\"familyNames\":\"Huanca Mamani\",\"sex\":\"F\","
            + "\"institution\":\"Posta "
            + tag
            + "\",\"sector\":\"health\",\"workCity\":\"Iquique\",\"workCountry\":\"CL\"}";
    HttpResponse<String> created =
        http.postJson("api/v1/people", registered, "Authorization", trainer);
    assertEquals(201, created.statusCode(), created.body());
    long original = Http.json(created).getJsonNumber("id").longValue();
    String csv =
        PeopleCsv.HEADER
            + "\r\nRoza Elena,Huanca Mamani,F,,,,Posta "
            + tag
            + ",health,,Iquique,CL\r\n";

    assertEquals(1, Http.json(upload(csv.getBytes(StandardCharsets.UTF_8), "")).getInt("created"));

    String lead = "Bearer " + new Api(base).demoToken("lead");
    long deadline = System.nanoTime() + 30_000_000_000L;
    boolean queued = false;
    while (!queued && System.nanoTime() < deadline) {
      JsonObject page =
          Http.json(http.get("api/v1/people/duplicates?person=" + original, "Authorization", lead));
      queued =
          page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
              .anyMatch(
                  pair ->
                      pair.getJsonNumber("a").longValue() == original
                          || pair.getJsonNumber("b").longValue() == original);
      if (!queued) {
        Thread.sleep(200);
      }
    }
    assertTrue(queued, "the imported namesake was queued with the registered person");
  }

  @Test
  void shouldKeepFormulaLikeCellsAsPlainText() {
    String csv =
        PeopleCsv.HEADER
            + "\r\n"
            + "Rosa,Quispe "
            + tag
            + ",F,,,,Hospital "
            + tag
            + ",health,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Arica,CL\r\n";

    assertEquals(1, Http.json(upload(csv.getBytes(StandardCharsets.UTF_8), "")).getInt("created"));

    JsonObject person =
        Http.json(http.get("api/v1/people?q=" + tag, "Authorization", trainer))
            .getJsonArray("items")
            .getJsonObject(0);
    assertEquals("=HYPERLINK(\"http://x\",\"y\")", person.getString("position"));
  }

  @Test
  void shouldImportAnXlsxWorkbookAndFindTheSamePeopleInItsStrictTwin(@TempDir Path dir)
      throws Exception {
    List<List<String>> rows =
        Arrays.stream(PeopleCsv.healthWorkers(tag, 4).text().split("\r\n"))
            .map(line -> Arrays.asList(line.split(",", -1)))
            .toList();
    Path transitional = XlsxFixtures.workbook(dir.resolve("people.xlsx"), rows);
    Path strict = XlsxFixtures.strict(transitional, dir.resolve("people-strict.xlsx"));

    JsonObject first = Http.json(uploadXlsx(Files.readAllBytes(transitional)));
    JsonObject second = Http.json(uploadXlsx(Files.readAllBytes(strict)));

    assertEquals(4, first.getInt("created"), first.toString());
    assertEquals(0, second.getInt("created"), second.toString());
    assertEquals(4, second.getInt("matched"), second.toString());
    assertEquals(4, found(tag));
  }

  @Test
  void shouldRefuseAFileThatIsNotUtf8WithAClearMessage() {
    byte[] latin1 =
        (PeopleCsv.HEADER + "\r\nJosé,Muñoz,M,,,,H,health,,Arica,CL\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    HttpResponse<String> response = send(latin1, "", "es");

    assertEquals(422, response.statusCode(), response.body());
    assertTrue(Http.json(response).getString("detail").contains("UTF-8"), response.body());
  }

  @Test
  void shouldAcceptSpanishHeaders() {
    String csv =
        "Nombres;Apellidos;Sexo;Institución;Sector;Ciudad;País\r\nAna;Condori "
            + tag
            + ";F;Hospital "
            + tag
            + ";health;Iquique;CL\r\n";

    assertEquals(1, Http.json(upload(csv.getBytes(StandardCharsets.UTF_8), "")).getInt("created"));
  }

  @Test
  void shouldNotLetALearnerImport() {
    String learner = "Bearer " + new Api(base).demoToken("learner");
    HttpResponse<String> response =
        http.send(
            http.request("api/v1/people/import")
                .header("Content-Type", "text/csv")
                .header("Authorization", learner)
                .POST(HttpRequest.BodyPublishers.ofString(PeopleCsv.healthWorkers(tag, 1).text())));

    assertEquals(403, response.statusCode());
    assertEquals(0, found(tag));
  }

  private HttpResponse<String> upload(byte[] file, String query) {
    return send(file, query, "en");
  }

  private HttpResponse<String> send(byte[] file, String query, String language) {
    return http.send(
        http.request("api/v1/people/import" + query)
            .header("Content-Type", "text/csv")
            .header("Authorization", trainer)
            .header("Accept-Language", language)
            .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
  }

  private HttpResponse<String> uploadXlsx(byte[] workbook) {
    return http.send(
        http.request("api/v1/people/import")
            .header("Content-Type", RowReaders.XLSX_TYPE)
            .header("Authorization", trainer)
            .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)));
  }

  private int found(String text) {
    return Http.json(
            http.get(
                "api/v1/people?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8),
                "Authorization",
                trainer))
        .getInt("total");
  }
}
