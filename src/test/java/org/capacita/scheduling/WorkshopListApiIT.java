package org.capacita.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.PageClient;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/workshops} filters and pages, and the list page's trainer filter: each filter
 * narrows the list, pages add up to the total, and a malformed filter is a translated 400.
 */
@RunAsClient
class WorkshopListApiIT extends WorkshopApiTest {

  @ArquillianResource private URL base;

  @Override
  URL base() {
    return base;
  }

  @Test
  void shouldNarrowTheListByCityCountryModuleTrainerAndStatus() {
    String city = "Calama " + tag();
    String other = "Cusco " + tag();
    String mine = scheduled(workshop(city, 10, future(30), "09:00", "13:00"), trainer);
    String reading =
        scheduled(
            workshop(city, 10, future(31), "09:00", "13:00").add("moduleCode", "TEST-READING"),
            trainer);
    String cancelled = scheduled(workshop(city, 10, future(32), "09:00", "13:00"), trainer);
    assertEquals(
        200,
        post("api/v1/workshops/" + cancelled + "/cancellation", "{\"reason\":\"Strike\"}", trainer)
            .statusCode());
    String colleague = "Bearer " + api.tokenOf(api.newAccount("TRAINER"), Api.PASSWORD);
    String peru =
        scheduled(
            workshop(other, 10, future(30), "09:00", "13:00")
                .add("country", "PE")
                .add("timeZone", "America/Lima"),
            colleague);

    assertEquals(List.of(mine, reading, cancelled), found("city=" + encoded(city.toUpperCase())));
    assertEquals(List.of(reading), found("moduleCode=TEST-READING&city=" + encoded(city)));
    assertEquals(List.of(cancelled), found("status=cancelled&city=" + encoded(city)));
    assertEquals(List.of(mine, reading), found("status=SCHEDULED&city=" + encoded(city)));
    List<String> inPeru = found("country=pe&from=" + future(30) + "&to=" + future(30));
    assertTrue(inPeru.contains(peru) && !inPeru.contains(mine), inPeru.toString());
    List<String> theirs = found("trainerId=" + me(colleague));
    assertEquals(List.of(peru), theirs);
    List<String> ours = found("trainerId=" + me(trainer) + "&from=" + future(30));
    assertTrue(ours.containsAll(List.of(mine, reading, cancelled)), ours.toString());
    assertFalse(ours.contains(peru), ours.toString());
  }

  @Test
  void shouldPageTheListWithTheTotal() {
    String city = "Tocopilla " + tag();
    String first = scheduled(workshop(city, 10, future(42), "09:00", "13:00"), trainer);
    String second = scheduled(workshop(city, 10, future(40), "09:00", "13:00"), trainer);
    String third = scheduled(workshop(city, 10, future(41), "09:00", "13:00"), trainer);

    HttpResponse<String> page0 = list("city=" + encoded(city) + "&page=0&size=2");
    HttpResponse<String> page1 = list("city=" + encoded(city) + "&page=1&size=2");

    assertEquals(3, Http.json(page0).getInt("total"), page0.body());
    assertEquals(List.of(second, third), ids(page0), "by first day");
    assertEquals(3, Http.json(page1).getInt("total"), page1.body());
    assertEquals(List.of(first), ids(page1));
    assertEquals(400, list("city=" + encoded(city) + "&size=501").statusCode());
  }

  @Test
  void shouldRefuseMalformedFiltersWithTranslatedMessages() {
    assertBadFilter("status=POSTPONED", "status", "El estado es");
    assertBadFilter("trainerId=someone", "trainerId", "número de su cuenta");
    assertBadFilter("country=Chile", "country", "Chile");
    assertBadFilter("from=2026-13-01", "from", "AAAA-MM-DD");
    HttpResponse<String> english =
        http.get("api/v1/workshops?status=soon", "Authorization", trainer);
    assertEquals(400, english.statusCode(), english.body());
    assertTrue(english.body().contains("The status is"), english.body());
  }

  @Test
  void shouldSendAnonymousCallersAway() {
    assertEquals(401, http.get("api/v1/workshops?status=SCHEDULED").statusCode());
    PageClient anonymous = new PageClient(base);
    assertEquals(302, anonymous.get("workshops/index.xhtml").statusCode(), "to the sign-in page");
    assertEquals(
        302, anonymous.get("workshops/calendar.xhtml").statusCode(), "to the sign-in page");
  }

  @Test
  void shouldOfferEveryTrainerToLeadsAndOnlyTheirOwnToATrainer() {
    String colleague = api.newAccount("TRAINER");

    String lead = filtersOf("lead", TestSettings.demoPassword());
    String ownOnly = filtersOf("trainer", TestSettings.demoPassword());
    String learnerPage = filtersOf(api.newAccount("LEARNER"), Api.PASSWORD);

    assertTrue(lead.contains(">" + colleague + "<"), "a lead may pick any trainer");
    assertTrue(ownOnly.contains("filters:trainer"), "a trainer has the filter");
    assertTrue(ownOnly.contains("value=\"mine\""), "with my workshops");
    assertFalse(ownOnly.contains(">" + colleague + "<"), "but not the other trainers");
    assertFalse(learnerPage.contains("filters:trainer"), "a learner has no trainer filter");
  }

  private String filtersOf(String username, String password) {
    PageClient client = new PageClient(base);
    client.signIn(username, password);
    HttpResponse<String> page = client.get("workshops/index.xhtml");
    assertEquals(200, page.statusCode());
    return page.body();
  }

  private void assertBadFilter(String query, String field, String messagePart) {
    HttpResponse<String> response =
        http.get("api/v1/workshops?" + query, "Authorization", trainer, "Accept-Language", "es");
    assertEquals(400, response.statusCode(), response.body());
    JsonObject error = Http.json(response).getJsonArray("errors").getJsonObject(0);
    assertEquals(field, error.getString("field"), response.body());
    assertTrue(error.getString("message").contains(messagePart), response.body());
  }

  private String scheduled(jakarta.json.JsonObjectBuilder workshop, String token) {
    HttpResponse<String> created = post("api/v1/workshops", workshop, token);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").toString();
  }

  private List<String> found(String query) {
    HttpResponse<String> page = list(query + "&size=500");
    assertEquals(200, page.statusCode(), page.body());
    return ids(page);
  }

  private HttpResponse<String> list(String query) {
    return http.get("api/v1/workshops?" + query, "Authorization", trainer);
  }

  private static String encoded(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
