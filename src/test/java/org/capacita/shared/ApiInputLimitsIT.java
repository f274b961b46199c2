package org.capacita.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Numbers the API is given, in query parameters and request bodies: paging that would overflow,
 * scores that are not numbers, and numbers that JSON-B would have truncated are each a 400 naming
 * the field, in the caller's language; nothing is stored or changed.
 */
@RunAsClient
class ApiInputLimitsIT extends RunningApplication {

  /** 2^64: added to an id, a 64-bit truncation gives the id back. */
  private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

  @ArquillianResource private URL base;

  private Api api;
  private Http http;
  private String trainer;
  private String lead;

  @BeforeEach
  void connect() {
    api = new Api(base);
    http = api.http();
    trainer = "Bearer " + api.demoToken("trainer");
    lead = "Bearer " + api.demoToken("lead");
  }

  @Test
  void shouldRefusePagesWhoseOffsetOverflowsOnEveryList() {
    String workshop = newWorkshop("Calama " + tag(), 10);

    JsonObject people = problem(get("api/v1/people?page=4294968&size=500", trainer), "page");
    JsonObject duplicates = problem(get("api/v1/people/duplicates?page=2147483647", lead), "page");
    JsonObject workshops = problem(get("api/v1/workshops?page=2147483647", trainer), "page");
    JsonObject roster =
        problem(
            get("api/v1/workshops/" + workshop + "/enrollments?page=2147483647", trainer), "page");
    JsonObject spanish =
        problem(
            http.get(
                "api/v1/people?page=4294968&size=500",
                "Authorization",
                trainer,
                "Accept-Language",
                "es"),
            "page");

    assertTrue(message(people).contains("0 to 4,294,966"), people.toString());
    assertTrue(message(duplicates).contains("0 to 42,949,671"), duplicates.toString());
    assertTrue(message(workshops).contains("0 to 42,949,671"), workshops.toString());
    assertTrue(message(roster).contains("0 to 4,294,966"), roster.toString());
    assertTrue(message(spanish).contains("de 0 a 4.294.966"), spanish.toString());
    HttpResponse<String> last = get("api/v1/people?page=4294966&size=500", trainer);
    assertEquals(200, last.statusCode(), "the last page that fits: " + last.body());
    assertEquals(0, Http.json(last).getJsonArray("items").size());
  }

  @Test
  void shouldRefuseMalformedPagingNamingTheParameter() {
    for (String page : new String[] {"abc", "1.5", "-1", "", "99999999999999999999", "1e3"}) {
      problem(get("api/v1/people?page=" + page, trainer), "page");
      problem(get("api/v1/workshops?page=" + page, trainer), "page");
    }
    for (String size : new String[] {"0", "501", "abc", "2.5", "4294967346"}) {
      problem(get("api/v1/people?size=" + size, trainer), "size");
      problem(get("api/v1/people/duplicates?size=" + size, lead), "size");
    }
    JsonObject spanish =
        problem(
            http.get("api/v1/people?page=abc", "Authorization", trainer, "Accept-Language", "es"),
            "page");
    assertTrue(message(spanish).contains("número entero"), spanish.toString());
  }

  @Test
  void shouldRefuseAMinimumScoreThatIsNotANumberFromZeroToOne() {
    for (String score :
        new String[] {"NaN", "Infinity", "-Infinity", "1e400", "0x1p-1", "1.5", "-0.1", "abc"}) {
      JsonObject refused =
          problem(get("api/v1/people/duplicates?minScore=" + encode(score), lead), "minScore");
      assertTrue(message(refused).contains("minScore"), refused.toString());
    }
    assertEquals(200, get("api/v1/people/duplicates?minScore=0.85", lead).statusCode());
  }

  @Test
  void shouldRefuseACapacityThatIsNotAWholeNumberInRangeAndScheduleNothing() {
    String city = "Mejillones " + tag();
    for (String capacity : new String[] {"99999999999999", "1.5", "2147483648", "1e2000"}) {
      HttpResponse<String> response =
          http.postJson(
              "api/v1/workshops",
              workshop(city, capacity),
              "Authorization",
              trainer,
              "Accept-Language",
              "es");
      JsonObject refused = problem(response, "capacity");
      assertTrue(message(refused).contains("número entero"), refused.toString());
    }
    HttpResponse<String> scheduled = get("api/v1/workshops?city=" + encode(city), trainer);
    assertEquals(0, Http.json(scheduled).getInt("total"), scheduled.body());
    assertEquals(
        201,
        http.postJson("api/v1/workshops", workshop(city, "12.0"), "Authorization", trainer)
            .statusCode(),
        "a whole number written with a decimal point is still that number");
  }

  @Test
  void shouldRefuseIdsThatATruncationWouldTurnIntoAnotherId() {
    long me = Http.json(get("api/v1/accounts/me", trainer)).getJsonNumber("id").longValueExact();
    String city = "Taltal " + tag();
    for (String other :
        new String[] {TWO_TO_64.add(BigInteger.valueOf(me)).toString(), me + ".5"}) {
      String body = workshop(city, "10", "[" + me + "," + other + "]");
      problem(post("api/v1/workshops", body, trainer), "trainerIds[1]");
    }
    assertEquals(
        0, Http.json(get("api/v1/workshops?city=" + encode(city), trainer)).getInt("total"));

    String workshop = newWorkshop("Tocopilla " + tag(), 10);
    long person = newPerson();
    String enrollments = "api/v1/workshops/" + workshop + "/enrollments";
    problem(post(enrollments, "{\"personId\":" + person + ".5}", trainer), "personId");
    problem(
        post(
            enrollments,
            "{\"personId\":" + TWO_TO_64.add(BigInteger.valueOf(person)) + "}",
            trainer),
        "personId");
    assertEquals(0, Http.json(get(enrollments, trainer)).getInt("total"), "nobody enrolled");

    long survivor = newPerson();
    long duplicate = newPerson();
    problem(
        post("api/v1/people/" + survivor + "/merge", "{\"duplicateId\":" + duplicate + ".5}", lead),
        "duplicateId");
    assertTrue(
        !Http.json(get("api/v1/people/" + duplicate, lead)).containsKey("mergedInto"),
        "nothing merged");

    String username = "limits-" + tag();
    String account =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", Api.PASSWORD)
            .add("email", username + "@example.org")
            .add("roles", Json.createArrayBuilder().add("LEARNER"))
            .build()
            .toString();
    String withPerson = account.replace("}", ",\"personId\":" + newPerson() + ".5}");
    problem(post("api/v1/accounts", withPerson, "Bearer " + api.demoToken("admin")), "personId");
  }

  @Test
  void shouldRefuseAnAnswerThatIsNotOneOfTheServedOptions() {
    String learner =
        "Bearer " + api.tokenOf(api.newLearnerWithPerson("Carla", "Limits " + tag()), Api.PASSWORD);
    assertEquals(200, post("api/v1/learning/TEST-ONLINE", "", learner).statusCode());
    HttpResponse<String> started =
        post("api/v1/learning/TEST-ONLINE/attempts", "{\"kind\":\"PRE\"}", learner);
    assertEquals(201, started.statusCode(), started.body());
    JsonObject attempt = Http.json(started);
    String answers = "api/v1/learning/attempts/" + attempt.getJsonNumber("id") + "/answers";
    JsonObject question = attempt.getJsonArray("questions").getJsonObject(0);
    String id = question.getString("id");
    int options = question.getJsonArray("options").size();

    for (String option : new String[] {"4294967296", "0.5", "1e400"}) {
      JsonObject refused = problem(post(answers, answer(id, option), learner), "answers[0].option");
      assertTrue(message(refused).contains("whole number"), refused.toString());
    }
    for (String option : new String[] {"-1", Integer.toString(options)}) {
      JsonObject refused =
          problem(
              http.postJson(
                  answers, answer(id, option), "Authorization", learner, "Accept-Language", "es"),
              "answers");
      assertTrue(message(refused).contains(id), refused.toString());
    }
    HttpResponse<String> valid = post(answers, answer(id, "0"), learner);
    assertEquals(200, valid.statusCode(), "the refused answers stored nothing: " + valid.body());
  }

  @Test
  void shouldRefuseImportFlagsThatAreNeitherTrueNorFalse() {
    String tag = "Flag" + tag();
    String csv =
        "givenNames,familyNames,sex,email,phone,nationalId,institution,sector,position,workCity,workCountry\r\n"
            + "Nora,Vega "
            + tag
            + ",F,,,,Hospital "
            + tag
            + ",health,,Antofagasta,CL\r\n";
    problem(upload("api/v1/people/import?partial=yes", csv), "partial");
    String workshop = newWorkshop("Huasco " + tag(), 10);
    problem(upload("api/v1/workshops/" + workshop + "/enrollments/import?dryRun=1", csv), "dryRun");

    assertEquals(0, Http.json(get("api/v1/people?q=" + encode(tag), trainer)).getInt("total"));
    assertEquals(
        0,
        Http.json(get("api/v1/workshops/" + workshop + "/enrollments", trainer)).getInt("total"));
  }

  @Test
  void shouldAnswerAnUnknownLessonNumberInThePathAsNotFound() {
    String learner =
        "Bearer " + api.tokenOf(api.newLearnerWithPerson("Elsa", "Limits " + tag()), Api.PASSWORD);
    assertEquals(200, post("api/v1/learning/TEST-READING", "", learner).statusCode());

    for (String number : new String[] {"99999999999", "1.5", "0", "-1", "one"}) {
      HttpResponse<String> read =
          post("api/v1/learning/TEST-READING/lessons/" + number + "/read", "", learner);
      assertEquals(404, read.statusCode(), number + ": " + read.body());
      assertTrue(
          read.headers()
              .firstValue("Content-Type")
              .orElse("")
              .startsWith("application/problem+json"));
    }
  }

  /** Checks a 400 problem naming {@code field}, and returns it. */
  private static JsonObject problem(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.uri() + ": " + response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.body());
    JsonObject problem = Http.json(response);
    JsonArray errors = problem.getJsonArray("errors");
    assertTrue(errors != null && errors.size() == 1, response.uri() + ": " + response.body());
    assertEquals(field, errors.getJsonObject(0).getString("field"), response.body());
    return problem;
  }

  private static String message(JsonObject problem) {
    return problem.getJsonArray("errors").getJsonObject(0).getString("message");
  }

  private HttpResponse<String> get(String path, String token) {
    return http.get(path, "Authorization", token);
  }

  private HttpResponse<String> post(String path, String json, String token) {
    return http.postJson(path, json, "Authorization", token);
  }

  private HttpResponse<String> upload(String path, String csv) {
    return http.send(
        http.request(path)
            .header("Content-Type", "text/csv")
            .header("Authorization", trainer)
            .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
  }

  private String newWorkshop(String city, int capacity) {
    HttpResponse<String> created =
        post("api/v1/workshops", workshop(city, Integer.toString(capacity)), trainer);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").toString();
  }

  private long newPerson() {
    String person =
        Json.createObjectBuilder()
            .add("givenNames", "Olga")
            .add("familyNames", "Limits " + tag())
            .add("sex", "F")
            .add("institution", "Hospital de Calama " + tag())
            .add("sector", "health")
            .add("workCity", "Calama")
            .add("workCountry", "CL")
            .build()
            .toString();
    HttpResponse<String> created = post("api/v1/people", person, trainer);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValueExact();
  }

  private static String workshop(String city, String capacity) {
    return workshop(city, capacity, "[]");
  }

  /** A workshop body with its numbers written as given, so they can be any JSON number. */
  private static String workshop(String city, String capacity, String trainerIds) {
    LocalDate day = LocalDate.now().plusDays(30);
    return "{\"moduleCode\":\"TEST-ONLINE\",\"venue\":\"Liceo A-1\",\"city\":\""
        + city
        + "\",\"country\":\"CL\",\"timeZone\":\"America/Santiago\",\"capacity\":"
        + capacity
        + ",\"trainerIds\":"
        + trainerIds
        + ",\"sessions\":[{\"date\":\""
        + day
        + "\",\"start\":\"09:00\",\"end\":\"13:00\"}]}";
  }

  private static String answer(String question, String option) {
    return "{\"answers\":[{\"question\":\"" + question + "\",\"option\":" + option + "}]}";
  }

  private static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
