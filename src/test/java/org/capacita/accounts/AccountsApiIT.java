package org.capacita.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.capacita.support.Api;
import org.capacita.support.Http;
import org.capacita.support.RunningApplication;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/tokens} and {@code /api/v1/accounts} over HTTP, as in the API contract. */
@RunAsClient
class AccountsApiIT extends RunningApplication {

  @ArquillianResource private URL base;

  private Api api;
  private Http http;

  @BeforeEach
  void connect() {
    api = new Api(base);
    http = api.http();
  }

  @Test
  void shouldIssueATokenForTheRightPassword() {
    HttpResponse<String> response =
        api.signIn("admin", org.capacita.support.TestSettings.demoPassword());

    assertEquals(201, response.statusCode(), response.body());
    JsonObject body = Http.json(response);
    assertTrue(body.getString("token").length() >= 40);
    assertTrue(Instant.parse(body.getString("expiresAt")).isAfter(Instant.now()));
  }

  @Test
  void shouldAnswer401ProblemForAWrongPassword() {
    HttpResponse<String> response = api.signIn("admin", "not the password");

    assertEquals(401, response.statusCode());
    assertProblem(response, 401);
  }

  @Test
  void shouldAnswerAMalformedBodyWith400InTheRequestLanguage() {
    HttpResponse<String> response =
        http.postJson(
            "api/v1/tokens", "{\"username\": \"admin\", ", "Accept-Language", "es-CL,es;q=0.9");

    assertProblem(response, 400);
    assertEquals("Solicitud incorrecta", Http.json(response).getString("title"));
  }

  @Test
  void shouldAnswerAWrongTypeWith400NotA500() {
    HttpResponse<String> response =
        http.postJson("api/v1/tokens", "{\"username\": [1, 2], \"password\": {}}");

    assertProblem(response, 400);
  }

  @Test
  void shouldListEachInvalidFieldInEnglishOrSpanish() {
    HttpResponse<String> english = http.postJson("api/v1/tokens", "{\"username\": \"\"}");
    HttpResponse<String> spanish =
        http.postJson("api/v1/tokens", "{\"username\": \"\"}", "Accept-Language", "es");

    assertProblem(english, 400);
    JsonObject body = Http.json(spanish);
    assertEquals(2, body.getJsonArray("errors").size(), spanish.body());
    assertEquals("password", body.getJsonArray("errors").getJsonObject(0).getString("field"));
    assertEquals(
        "Complete este campo, con 255 caracteres como máximo.",
        body.getJsonArray("errors").getJsonObject(0).getString("message"));
  }

  @Test
  void shouldThrottleAfterFiveWrongPasswordsWith429AndRetryAfter() {
    String username = api.newAccount("LEARNER");
    for (int i = 0; i < 5; i++) {
      assertEquals(401, api.signIn(username, "wrong password " + i).statusCode());
    }

    HttpResponse<String> locked = api.signIn(username, Api.PASSWORD);

    assertProblem(locked, 429);
    long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
    assertTrue(retryAfter > 0 && retryAfter <= 30, "Retry-After " + retryAfter);
  }

  @Test
  void shouldLetAnAdminOpenAnAccountOnce() {
    String username = api.newAccount("TRAINER");
    String admin = "Bearer " + api.demoToken("admin");
    String again =
        "{\"username\":\""
            + username
            + "\",\"password\":\""
            + Api.PASSWORD
            + "\",\"email\":\"x@example.org\",\"roles\":[\"TRAINER\"]}";

    HttpResponse<String> conflict = http.postJson("api/v1/accounts", again, "Authorization", admin);

    assertProblem(conflict, 409);
    assertEquals(201, api.signIn(username, Api.PASSWORD).statusCode());
  }

  @Test
  void shouldRejectInvalidAccountFieldsOneByOne() {
    String body = "{\"username\":\"a\",\"password\":\"short\",\"email\":\"nope\",\"roles\":[]}";

    HttpResponse<String> response =
        http.postJson("api/v1/accounts", body, "Authorization", "Bearer " + api.demoToken("admin"));

    assertProblem(response, 400);
    assertEquals(4, Http.json(response).getJsonArray("errors").size(), response.body());
  }

  @Test
  void shouldForbidAccountCreationToEveryRoleButAdmin() {
    String body =
        "{\"username\":\"intruder\",\"password\":\""
            + Api.PASSWORD
            + "\",\"email\":\"i@example.org\",\"roles\":[\"ADMIN\"]}";
    for (String role : new String[] {"lead", "trainer", "learner"}) {
      HttpResponse<String> response =
          http.postJson("api/v1/accounts", body, "Authorization", "Bearer " + api.demoToken(role));
      assertProblem(response, 403);
    }
  }

  @Test
  void shouldAskForABearerTokenWhenThereIsNoneOrItIsWrong() {
    HttpResponse<String> none = http.postJson("api/v1/accounts", "{}");
    HttpResponse<String> wrong = http.get("api/v1/accounts/me", "Authorization", "Bearer forged");

    assertProblem(none, 401);
    assertProblem(wrong, 401);
    assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
  }

  @Test
  void shouldNeverUseSessionsForTheApi() {
    HttpResponse<String> me =
        http.get("api/v1/accounts/me", "Authorization", "Bearer " + api.demoToken("learner"));

    assertEquals(200, me.statusCode(), me.body());
    assertEquals("learner", Http.json(me).getString("username"));
    assertFalse(me.headers().firstValue("Set-Cookie").isPresent());
    assertFalse(me.body().contains("password"));
  }

  @Test
  void shouldPublishTheApiAsOpenApi() {
    HttpResponse<String> response = http.get("/openapi");

    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("/api/v1/tokens"), response.body());
  }

  @Test
  void shouldBeReadyWhileTheDatabaseAnswers() {
    HttpResponse<String> response = http.get("/health/ready");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"database\""));
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
    JsonObject problem = Http.json(response);
    assertEquals(status, problem.getInt("status"));
    assertFalse(problem.getString("title").isBlank());
    assertFalse(response.body().contains("Exception"), response.body());
  }
}
