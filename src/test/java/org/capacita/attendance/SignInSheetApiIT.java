package org.capacita.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-in sheet PDF of a session, read back with iText: every participant's name with its
 * accents and two surnames, on A4 pages of 25 with the header on each; its printed codes imported
 * back as attendance through the paper import, all or nothing.
 */
@RunAsClient
class SignInSheetApiIT extends RunningApplication {

  private static final Pattern CODE = Pattern.compile("\\b([ACDEFGHJKMNPQRTUVWXY34679]{6})\\b");

  @ArquillianResource private URL base;

  private CheckInFixtures world;

  @BeforeEach
  void arrange() {
    world = new CheckInFixtures(base);
  }

  @Test
  void shouldListEveryParticipantWithAccentsAndImportTheCodesBack() throws Exception {
    String workshop =
        world.workshop(
            "Hoja de firmas",
            "America/Santiago",
            LocalDate.now().plusDays(3),
            LocalTime.of(9, 0),
            LocalTime.of(13, 0));
    Map<Long, String> listed = new LinkedHashMap<>();
    String[] given = {"María José", "Begoña", "Ñusta", "Joaquín", "Zoë", "Ángel"};
    String[] family = {"Núñez Pérez", "Güemes Ibáñez", "Quispe Mamani", "Aravena Muñoz"};
    for (int i = 0; i < 30; i++) {
      String familyNames = family[i % family.length] + " " + world.tag + (char) ('a' + i);
      String givenNames = i == 29 ? "Ra\u202Eúl" : given[i % given.length];
      long person = world.api.newPerson(givenNames, familyNames);
      world.enrol(workshop, person);
      listed.put(person, familyNames + ", " + givenNames.replace("\u202E", ""));
    }

    byte[] pdf = sheet(workshop, world.trainer);
    Path file = Path.of("target/sign-in-sheet-" + world.tag + ".pdf");
    Files.write(file, pdf);
    List<String> pages = pages(pdf);

    assertEquals(2, pages.size(), "30 people, 25 a page");
    for (String page : pages) {
      assertTrue(page.contains("Hoja de firmas " + world.tag), "header on every page");
      assertTrue(page.contains("Sesión 1"), page);
      assertTrue(page.contains("Firma"), page);
    }
    String all = String.join("\n", pages);
    Map<Long, String> codes = new LinkedHashMap<>();
    for (Map.Entry<Long, String> person : listed.entrySet()) {
      String line =
          all.lines()
              .filter(l -> l.contains(person.getValue()))
              .findFirst()
              .orElseThrow(() -> new AssertionError(person.getValue() + " not in\n" + all));
      Matcher code = CODE.matcher(line.substring(line.indexOf(person.getValue())));
      assertTrue(code.find(), line);
      codes.put(person.getKey(), code.group(1));
    }
    assertEquals(30, codes.values().stream().distinct().count(), "one code each");

    List<Long> present = new ArrayList<>(codes.keySet()).subList(0, 20);
    StringBuilder csv = new StringBuilder("code\n");
    present.forEach(p -> csv.append(codes.get(p)).append('\n'));
    String withUnknown = csv + "ACDEFG\n";

    JsonObject refused = Http.json(paperImport(workshop, withUnknown, "", world.trainer));
    assertFalse(refused.getBoolean("stored"), refused.toString());
    assertEquals(1, refused.getJsonNumber("errors").longValue(), refused.toString());
    JsonObject preview =
        Http.json(paperImport(workshop, csv.toString(), "?dryRun=true", world.trainer));
    assertEquals(20, preview.getJsonNumber("matched").longValue(), preview.toString());
    assertFalse(preview.getBoolean("stored"));
    assertEquals(0, attended(workshop).size(), "nothing stored before the commit");

    HttpResponse<String> stored = paperImport(workshop, csv.toString(), "", world.trainer);
    assertEquals(200, stored.statusCode(), stored.body());
    assertTrue(Http.json(stored).getBoolean("stored"), stored.body());
    assertEquals(present.stream().sorted().toList(), attended(workshop));
  }

  @Test
  void shouldHideTheSheetAndTheImportFromOtherTrainers() throws Exception {
    String workshop =
        world.workshop(
            "Hoja ajena",
            "America/Santiago",
            LocalDate.now().plusDays(3),
            LocalTime.of(9, 0),
            LocalTime.of(13, 0));
    String other = "Bearer " + world.api.tokenOf(world.api.newAccount("TRAINER"), Api.PASSWORD);

    assertEquals(404, send(workshop, other).statusCode());
    assertEquals(404, paperImport(workshop, "code\nACDEFG\n", "", other).statusCode());
    assertEquals(200, send(workshop, world.trainer).statusCode());
  }

  private List<Long> attended(String workshop) {
    HttpResponse<String> marks =
        world.http.get(
            "api/v1/workshops/" + workshop + "/sessions/1/attendance",
            "Authorization",
            world.trainer);
    assertEquals(200, marks.statusCode(), marks.body());
    return Http.jsonArray(marks).stream()
        .map(JsonObject.class::cast)
        .filter(m -> "PRESENT".equals(m.getString("status", "")))
        .filter(m -> "PAPER_IMPORT".equals(m.getString("channel", "")))
        .map(m -> m.getJsonNumber("personId").longValue())
        .sorted()
        .toList();
  }

  private HttpResponse<String> paperImport(
      String workshop, String csv, String query, String token) {
    return world.http.send(
        world
            .http
            .request("api/v1/workshops/" + workshop + "/sessions/1/paper-import" + query)
            .header("Content-Type", "text/csv")
            .header("Authorization", token)
            .POST(HttpRequest.BodyPublishers.ofString(csv)));
  }

  private byte[] sheet(String workshop, String token) throws Exception {
    HttpResponse<byte[]> answer = send(workshop, token);
    assertEquals(200, answer.statusCode());
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
    return answer.body();
  }

  private HttpResponse<byte[]> send(String workshop, String token) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            world
                .http
                .request("api/v1/workshops/" + workshop + "/sessions/1/sign-in-sheet")
                .header("Authorization", token)
                .header("Accept-Language", "es")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static List<String> pages(byte[] pdf) throws Exception {
    List<String> pages = new ArrayList<>();
    try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        pages.add(PdfTextExtractor.getTextFromPage(document.getPage(i)));
      }
    }
    return pages;
  }
}
