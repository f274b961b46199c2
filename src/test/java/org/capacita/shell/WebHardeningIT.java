package org.capacita.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.NewWorkshop;
import org.capacita.support.PageClient;
import org.capacita.support.RunningApplication;
import org.capacita.support.TestSettings;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/**
 * Pages at the HTTP level against what a security review found: forms posted without JavaScript,
 * right-to-left overrides in what people type, and form posts from other sites.
 */
@RunAsClient
class WebHardeningIT extends RunningApplication {

  private static final String RLO = "\u202E";
  private static final String EVIL = "https://evil.example";

  @ArquillianResource private URL base;

  private String trainerToken;

  // Forms posted by a browser without JavaScript: the hidden fields the page holds, nothing more.

  @Test
  void shouldShowTheSignInErrorForAWrongPasswordPostedWithoutJavaScript() {
    String username = new Api(base).newAccount("LEARNER");
    PageClient client = new PageClient(base);

    HttpResponse<String> answer = signInWithoutJavaScript(client, username, "not the password");

    assertEquals(200, answer.statusCode(), answer.headers().map().toString());
    assertTrue(
        answer.body().contains("is not right") || answer.body().contains("no son correctos"),
        answer.body());
    String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("script-src 'self' 'nonce-"), policy);
  }

  @Test
  void shouldSignInWithTheFormPostedWithoutJavaScript() {
    String username = new Api(base).newAccount("LEARNER");
    PageClient client = new PageClient(base);

    HttpResponse<String> answer = signInWithoutJavaScript(client, username, Api.PASSWORD);

    assertEquals(302, answer.statusCode(), answer.body());
    assertTrue(answer.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"));
    assertEquals(200, client.get("index.xhtml").statusCode());
  }

  // Right-to-left overrides: each value people typed is isolated from the text around it.

  @Test
  void shouldIsolateEachTypedValueOnThePersonPageAndInThePeopleList() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String given = "Zoe" + RLO + "abc";
    String institution = "Hospital " + RLO + tag;
    String city = "Lima" + RLO;
    long id = newPerson(given, "Lopez", institution, city, "z" + RLO + tag + "@example.org");
    PageClient trainer = signedIn("trainer");

    String page = trainer.get("people/person.xhtml?id=" + id).body();
    String list = trainer.get("people/index.xhtml?q=" + encode(tag)).body();

    assertTrue(
        page.contains("<title>\u2068" + given + " Lopez\u2069 · Capacita</title>"),
        "the page title is isolated from the application's name");
    assertTrue(page.contains("<h1><bdi>" + given + " Lopez</bdi></h1>"), page);
    assertTrue(page.contains("<dd><bdi>" + institution + "</bdi></dd>"), page);
    assertTrue(page.contains("<dd><bdi>" + city + "</bdi>, Chile</dd>"), page);
    assertTrue(page.contains("<bdi>z" + RLO + tag + "@example.org</bdi>"), page);
    assertTrue(list.contains("<bdi>" + given + " Lopez</bdi></a>"), list);
    assertTrue(list.contains("<bdi>" + institution + "</bdi>"), list);
    assertTrue(list.contains("<bdi>" + city + "</bdi>, Chile"), list);
  }

  @Test
  void shouldIsolateTheNameInTheMessageThatARegistrationWasSaved() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String given = "Zoe" + RLO + tag;
    PageClient trainer = signedIn("trainer");
    HttpResponse<String> form = trainer.get("people/edit.xhtml");
    Map<String, String> fields = new LinkedHashMap<>(PageClient.hiddenFieldsOf(form, "person"));
    fields.putAll(personFields(given, "Lopez", "Hospital " + tag, "Lima"));

    HttpResponse<String> saved = trainer.post("people/edit.xhtml", fields, null);
    assertEquals(302, saved.statusCode(), saved.body());
    // The message travels to the next page in the Faces flash, which lives in a cookie of its own.
    String cookies =
        saved.headers().allValues("Set-Cookie").stream()
            .map(cookie -> cookie.split(";", 2)[0])
            .filter(cookie -> !cookie.startsWith("JSESSIONID="))
            .reduce("JSESSIONID=" + trainer.session(), (all, cookie) -> all + "; " + cookie);
    String page =
        new Http(base)
            .get(saved.headers().firstValue("Location").orElseThrow(), "Cookie", cookies)
            .body();

    String isolated = "\u2068" + given + " Lopez\u2069 ";
    assertTrue(
        page.contains(isolated + "quedó registrada.") || page.contains(isolated + "is registered."),
        page);
  }

  @Test
  void shouldIsolateTheVenueAndTheNamesOnTheWorkshopRoster() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String given = "Zoe" + RLO + tag;
    long person = newPerson(given, "Lopez", "Hospital " + tag, "Lima", null);
    String venue = "Sala " + RLO + tag;
    long workshop = newWorkshop(venue);
    HttpResponse<String> enrolled =
        new Api(base)
            .http()
            .postJson(
                "api/v1/workshops/" + workshop + "/enrollments",
                "{\"personId\":" + person + "}",
                "Authorization",
                trainerToken());
    assertEquals(201, enrolled.statusCode(), enrolled.body());

    String page = signedIn("trainer").get("workshops/workshop.xhtml?id=" + workshop).body();

    assertTrue(page.contains("<dd><bdi>" + venue + "</bdi>"), page);
    assertTrue(page.contains("<bdi>" + given + " Lopez</bdi>"), page);
  }

  // Form posts from other sites: refused on their Origin (or Referer), whatever the view state.

  @Test
  void shouldRefuseAFormPostFromAnotherSiteAndChangeNothing() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String institution = "Hospital " + tag;
    long id = newPerson("Ana", "Rojas", institution, "Arica", null);
    PageClient trainer = signedIn("trainer");

    HttpResponse<String> byOrigin = correct(trainer, id, "Moved " + tag, "Origin", EVIL);
    HttpResponse<String> byReferer =
        correct(trainer, id, "Moved " + tag, "Referer", EVIL + "/form.html");
    HttpResponse<String> opaque = correct(trainer, id, "Moved " + tag, "Origin", "null");

    assertEquals(403, byOrigin.statusCode(), byOrigin.body());
    assertTrue(byOrigin.body().contains("another site"), byOrigin.body());
    assertTrue(
        byOrigin.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
        byOrigin.headers().map().toString());
    assertFalse(byOrigin.body().contains("at org."), "no stack trace");
    assertEquals(403, byReferer.statusCode(), byReferer.body());
    assertEquals(403, opaque.statusCode(), opaque.body());
    assertEquals(institution, institutionOf(id));
  }

  @Test
  void shouldAnswerTheRefusalInTheBrowsersLanguage() {
    long id = newPerson("Ana", "Rojas", "Hospital de Arica", "Arica", null);
    PageClient trainer = signedIn("trainer");

    HttpResponse<String> refused =
        correct(trainer, id, "Otro", "Origin", EVIL, "Accept-Language", "es");

    assertEquals(403, refused.statusCode());
    assertTrue(refused.body().contains("otro sitio"), refused.body());
  }

  @Test
  void shouldAcceptAFormPostFromTheSameSiteOrOneWithoutOriginAndReferer() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    long id = newPerson("Ana", "Rojas", "Hospital " + tag, "Arica", null);
    PageClient trainer = signedIn("trainer");
    String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();

    HttpResponse<String> sameOrigin = correct(trainer, id, "First " + tag, "Origin", own);
    assertEquals(302, sameOrigin.statusCode(), sameOrigin.body());
    assertEquals("First " + tag, institutionOf(id));
    HttpResponse<String> sameReferer =
        correct(trainer, id, "Second " + tag, "Referer", own + "/people/edit.xhtml?id=" + id);
    assertEquals(302, sameReferer.statusCode(), sameReferer.body());
    assertEquals("Second " + tag, institutionOf(id));
    HttpResponse<String> neither = correct(trainer, id, "Third " + tag);
    assertEquals(302, neither.statusCode(), neither.body());
    assertEquals("Third " + tag, institutionOf(id));
  }

  @Test
  void shouldLeaveApiCallsWithABearerTokenToTheirToken() {
    HttpResponse<String> created =
        new Api(base)
            .http()
            .postJson(
                "api/v1/people",
                person("Ana", "Rojas", "Hospital de Arica", "Arica", null),
                "Authorization",
                trainerToken(),
                "Origin",
                EVIL);

    assertEquals(201, created.statusCode(), created.body());
  }

  private HttpResponse<String> signInWithoutJavaScript(
      PageClient client, String username, String password) {
    Map<String, String> fields =
        new LinkedHashMap<>(PageClient.hiddenFieldsOf(client.get("login.xhtml"), "login"));
    fields.put("login:username", username);
    fields.put("login:password", password);
    fields.put("login:signIn", "");
    return client.post("login.xhtml", fields, null);
  }

  /** Corrects a person's institution through the edit form, with extra request headers. */
  private HttpResponse<String> correct(
      PageClient client, long id, String institution, String... headers) {
    JsonObject person =
        Http.json(new Api(base).http().get("api/v1/people/" + id, "Authorization", trainerToken()));
    HttpResponse<String> form = client.get("people/edit.xhtml?id=" + id);
    Map<String, String> fields = new LinkedHashMap<>(PageClient.hiddenFieldsOf(form, "person"));
    fields.putAll(
        personFields(
            person.getString("givenNames"),
            person.getString("familyNames"),
            institution,
            person.getString("workCity")));
    return client.post("people/edit.xhtml?id=" + id, fields, null, headers);
  }

  private static Map<String, String> personFields(
      String given, String family, String institution, String city) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("person:givenNames", given);
    fields.put("person:familyNames", family);
    fields.put("person:sex_input", "F");
    fields.put("person:institution", institution);
    fields.put("person:sector_input", "health");
    fields.put("person:workCity", city);
    fields.put("person:workCountry_input", "CL");
    fields.put("person:save", "");
    return fields;
  }

  private String institutionOf(long id) {
    return Http.json(
            new Api(base).http().get("api/v1/people/" + id, "Authorization", trainerToken()))
        .getString("institution");
  }

  private long newPerson(
      String given, String family, String institution, String city, String email) {
    HttpResponse<String> created =
        new Api(base)
            .http()
            .postJson(
                "api/v1/people",
                person(given, family, institution, city, email),
                "Authorization",
                trainerToken());
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  private static String person(
      String given, String family, String institution, String city, String email) {
    var person =
        Json.createObjectBuilder()
            .add("givenNames", given)
            .add("familyNames", family)
            .add("sex", "F")
            .add("institution", institution)
            .add("sector", "health")
            .add("workCity", city)
            .add("workCountry", "CL");
    if (email != null) {
      person.add("email", email);
    }
    return person.build().toString();
  }

  private long newWorkshop(String venue) {
    return new NewWorkshop()
        .title("Workshop " + venue)
        .venue(venue)
        .city("Arica")
        .capacity(10)
        .session(LocalDate.now().plusDays(20), "09:00", "12:00")
        .scheduleWith(new Api(base), trainerToken());
  }

  private PageClient signedIn(String demoAccount) {
    PageClient client = new PageClient(base);
    assertEquals(302, client.signIn(demoAccount, TestSettings.demoPassword()).statusCode());
    return client;
  }

  private String trainerToken() {
    if (trainerToken == null) {
      trainerToken = "Bearer " + new Api(base).demoToken("trainer");
    }
    return trainerToken;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
