package org.capacita.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;

/** The REST API as a client sees it: tokens for the demo accounts, accounts made for a test. */
public final class Api {

  public static final String PASSWORD = "a long enough password";

  private final Http http;

  public Api(URL base) {
    this.http = new Http(base);
  }

  public Http http() {
    return http;
  }

  public HttpResponse<String> signIn(String username, String password) {
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString();
    return http.postJson("api/v1/tokens", body);
  }

  /** A bearer token for one of the demo accounts: admin, lead, trainer or learner. */
  public String demoToken(String username) {
    return tokenOf(username, TestSettings.demoPassword());
  }

  public String tokenOf(String username, String password) {
    HttpResponse<String> response = signIn(username, password);
    assertEquals(201, response.statusCode(), response.body());
    return Http.json(response).getString("token");
  }

  /**
   * A new learner the way a programme team sets one up: a person registered by the demo trainer,
   * and a LEARNER account linked to it (password {@link #PASSWORD}). Returns the username.
   */
  public String newLearnerWithPerson(String givenNames, String familyNames) {
    long personId = newPerson(givenNames, familyNames);
    String username = "learner-" + UUID.randomUUID().toString().substring(0, 8);
    String account =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", PASSWORD)
            .add("email", username + "@example.org")
            .add("roles", Json.createArrayBuilder().add("LEARNER"))
            .add("language", "es")
            .add("personId", personId)
            .build()
            .toString();
    HttpResponse<String> opened =
        http.postJson("api/v1/accounts", account, "Authorization", "Bearer " + demoToken("admin"));
    assertEquals(201, opened.statusCode(), opened.body());
    return username;
  }

  /** Registers a health worker of Iquique (as the demo trainer) and returns the person's id. */
  public long newPerson(String givenNames, String familyNames) {
    return newPerson(givenNames, familyNames, null);
  }

  /** The same, with an e-mail address of the person's own (none when null). */
  public long newPerson(String givenNames, String familyNames, String email) {
    var builder =
        Json.createObjectBuilder()
            .add("givenNames", givenNames)
            .add("familyNames", familyNames)
            .add("sex", "F");
    if (email != null) {
      builder.add("email", email);
    }
    String person =
        builder
            .add("institution", "CESFAM Cirujano Videla")
            .add("sector", "health")
            .add("workCity", "Iquique")
            .add("workCountry", "CL")
            .build()
            .toString();
    HttpResponse<String> created =
        http.postJson("api/v1/people", person, "Authorization", "Bearer " + demoToken("trainer"));
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }

  /** Opens a fresh account with one role (password {@link #PASSWORD}) and returns its username. */
  public String newAccount(String role) {
    String username = role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
    String body =
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", PASSWORD)
            .add("email", username + "@example.org")
            .add("roles", Json.createArrayBuilder().add(role))
            .add("language", "es")
            .build()
            .toString();
    HttpResponse<String> response =
        http.postJson("api/v1/accounts", body, "Authorization", "Bearer " + demoToken("admin"));
    assertEquals(201, response.statusCode(), response.body());
    return username;
  }
}
