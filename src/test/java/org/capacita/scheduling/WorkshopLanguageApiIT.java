package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.Mailbox;
import org.capacita.support.PageClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * A workshop left without its own title is named by its module in the reader's language (API, iCal,
 * double-booking warnings, the duplicate form), and a registry person without an account is written
 * to in the language of the workshop's country.
 */
@RunAsClient
class WorkshopLanguageApiIT extends WorkshopApiTest {

  private static final String SPANISH_MODULE_TITLE = "Módulo de prueba en línea";
  private static final String ENGLISH_MODULE_TITLE = "Test module online";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");

  @ArquillianResource private URL base;

  @Override
  URL base() {
    return base;
  }

  @Test
  void shouldNameAWorkshopWithoutTitleByItsModuleInTheReadersLanguage() {
    String id = untitledWorkshop();

    JsonObject spanish = workshopIn(id, "es");
    JsonObject english = workshopIn(id, "en");

    assertEquals(SPANISH_MODULE_TITLE, spanish.getString("title"), spanish.toString());
    assertEquals(SPANISH_MODULE_TITLE, spanish.getString("moduleTitle"), spanish.toString());
    assertEquals(ENGLISH_MODULE_TITLE, english.getString("title"), english.toString());
    HttpResponse<String> calendar =
        http.get(
            "api/v1/workshops/" + id + "/calendar",
            "Authorization",
            trainer,
            "Accept-Language",
            "es");
    assertEquals(200, calendar.statusCode(), calendar.body());
    assertTrue(
        calendar.body().contains("SUMMARY:" + SPANISH_MODULE_TITLE), "iCal: " + calendar.body());
  }

  @Test
  void shouldKeepAWorkshopUntitledWhenAClientSendsTheShownModuleTitleBack() {
    String id = untitledWorkshop();

    HttpResponse<String> changed =
        put(
            "api/v1/workshops/" + id,
            workshop("Antofagasta", 6, future(9), "09:00", "13:00")
                .add("title", SPANISH_MODULE_TITLE)
                .build()
                .toString());

    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(ENGLISH_MODULE_TITLE, workshopIn(id, "en").getString("title"));
    assertEquals(SPANISH_MODULE_TITLE, workshopIn(id, "es").getString("title"));
  }

  @Test
  void shouldWriteToAPersonWithoutAccountInTheLanguageOfTheWorkshopsCountry() throws Exception {
    String id = untitledWorkshop();
    String address = "no-account-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

    assertEnrolment(enrol(id, person(address), trainer), "ENROLLED", null);

    MimeMessage mail = Mailbox.awaitMail(address, "Inscripción confirmada");
    String body = mail.getContent().toString();
    assertEquals("Inscripción confirmada: " + SPANISH_MODULE_TITLE, mail.getSubject());
    assertTrue(body.contains("el taller " + SPANISH_MODULE_TITLE + " en "), body);
    assertFalse(PLACEHOLDER.matcher(mail.getSubject() + body).find(), mail.getSubject() + body);
    assertFalse(body.contains(ENGLISH_MODULE_TITLE), body);
  }

  @Test
  void shouldNameAnUntitledWorkshopInSpanishInDoubleBookingsAndDuplicates() {
    String username = api.newAccount("TRAINER");
    String own = "Bearer " + api.tokenOf(username, Api.PASSWORD);
    String first = untitledWorkshop(own, future(11), "09:00", "11:00");

    HttpResponse<String> clashing =
        http.postJson(
            "api/v1/workshops",
            workshop("Antofagasta", 6, future(11), "10:00", "12:00")
                .remove("title")
                .build()
                .toString(),
            "Authorization",
            own,
            "Accept-Language",
            "es");

    assertEquals(201, clashing.statusCode(), clashing.body());
    String warning =
        Http.json(clashing).getJsonArray("warnings").getJsonObject(0).getString("message");
    assertTrue(warning.contains("«" + SPANISH_MODULE_TITLE + "»"), warning);
    PageClient page = new PageClient(base);
    page.signIn(username, Api.PASSWORD);
    HttpResponse<String> copy = page.get("workshops/edit.xhtml?copyOf=" + first);
    assertEquals(200, copy.statusCode(), copy.body());
    assertTrue(
        visible(copy).contains("«" + SPANISH_MODULE_TITLE + "»"), around(copy, "Un taller nuevo"));
    assertFalse(copy.body().contains(ENGLISH_MODULE_TITLE), around(copy, ENGLISH_MODULE_TITLE));
    HttpResponse<String> shown = page.get("workshops/workshop.xhtml?id=" + first);
    assertEquals(200, shown.statusCode());
    assertTrue(
        visible(shown).contains("<title>" + SPANISH_MODULE_TITLE + " · "),
        around(shown, "<title>"));
    assertFalse(shown.body().contains(ENGLISH_MODULE_TITLE), around(shown, ENGLISH_MODULE_TITLE));
  }

  /**
   * The page without the invisible marks that isolate typed values (U+2068 ... U+2069, README:
   * Security).
   */
  private static String visible(HttpResponse<String> page) {
    return page.body().replace("\u2068", "").replace("\u2069", "");
  }

  /** A little of the page around the first {@code text}, for a failure message. */
  private static String around(HttpResponse<String> page, String text) {
    int at = Math.max(0, page.body().indexOf(text));
    return page.body().substring(Math.max(0, at - 80), Math.min(page.body().length(), at + 160));
  }

  /** A workshop in Chile of the module TEST-ONLINE with no title of its own. */
  private String untitledWorkshop() {
    return untitledWorkshop(trainer, future(9), "09:00", "13:00");
  }

  private String untitledWorkshop(String token, LocalDate day, String start, String end) {
    HttpResponse<String> created =
        post(
            "api/v1/workshops", workshop("Antofagasta", 6, day, start, end).remove("title"), token);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").toString();
  }

  private JsonObject workshopIn(String id, String language) {
    HttpResponse<String> response =
        http.get("api/v1/workshops/" + id, "Authorization", trainer, "Accept-Language", language);
    assertEquals(200, response.statusCode(), response.body());
    return Http.json(response);
  }
}
