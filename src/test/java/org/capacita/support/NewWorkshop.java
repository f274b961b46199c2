package org.capacita.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.LocalDate;

/**
 * A workshop a test schedules through the API ({@code POST /api/v1/workshops}): the test module in
 * Antofagasta, Chile, 20 seats and one morning session three weeks ahead, unless the test says
 * otherwise.
 */
public final class NewWorkshop {

  private final JsonObjectBuilder json =
      Json.createObjectBuilder()
          .add("moduleCode", "TEST-ONLINE")
          .add("venue", "Hospital Regional, auditorio")
          .add("city", "Antofagasta")
          .add("country", "CL")
          .add("timeZone", "America/Santiago");
  private final JsonArrayBuilder sessions = Json.createArrayBuilder();
  private int capacity = 20;
  private boolean withSession;

  public NewWorkshop title(String title) {
    json.add("title", title);
    return this;
  }

  public NewWorkshop venue(String venue) {
    json.add("venue", venue);
    return this;
  }

  /** A city of Chile (America/Santiago). */
  public NewWorkshop city(String city) {
    json.add("city", city);
    return this;
  }

  public NewWorkshop capacity(int capacity) {
    this.capacity = capacity;
    return this;
  }

  /** Adds a session (times as {@code 09:00}). */
  public NewWorkshop session(LocalDate day, String start, String end) {
    sessions.add(
        Json.createObjectBuilder().add("date", day.toString()).add("start", start).add("end", end));
    withSession = true;
    return this;
  }

  /** Adds a morning session, 09:00 to 13:00. */
  public NewWorkshop on(LocalDate day) {
    return session(day, "09:00", "13:00");
  }

  public String json() {
    if (!withSession) {
      on(LocalDate.now().plusDays(21));
    }
    return json.add("capacity", capacity).add("sessions", sessions).build().toString();
  }

  /** Schedules it as the holder of {@code authorization} ("Bearer ..."); its id. */
  public long scheduleWith(Api api, String authorization) {
    HttpResponse<String> created =
        api.http().postJson("api/v1/workshops", json(), "Authorization", authorization);
    assertEquals(201, created.statusCode(), created.body());
    return Http.json(created).getJsonNumber("id").longValue();
  }
}
