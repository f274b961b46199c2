package org.capacita.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.capacita.shared.i18n.Messages;

/** An RFC 9457 problem answer ({@code application/problem+json}) in the caller's language. */
public final class Problem {

  public static final String MEDIA_TYPE = "application/problem+json";

  private final int status;
  private final JsonObjectBuilder json = Json.createObjectBuilder();
  private final Response.ResponseBuilder response;

  private Problem(int status, Locale locale) {
    this.status = status;
    this.response = Response.status(status);
    json.add("type", "about:blank")
        .add("status", status)
        .add("title", Messages.get(locale, titleKey(status)));
  }

  public static Problem of(int status, Locale locale) {
    return new Problem(status, locale);
  }

  private static String titleKey(int status) {
    return switch (status) {
      case 400, 401, 403, 404, 405, 406, 409, 413, 415, 422, 429, 500, 503 ->
          "problem.title." + status;
      default -> status >= 500 ? "problem.title.500" : "problem.title.400";
    };
  }

  /** The answer to a body that cannot be read as the expected JSON. */
  public static Response malformedBody(Locale locale) {
    return of(400, locale).detail(Messages.get(locale, "problem.detail.malformed")).toResponse();
  }

  public Problem detail(String detail) {
    json.add("detail", detail);
    return this;
  }

  public Problem errors(List<FieldError> errors) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    errors.forEach(
        e ->
            array.add(
                Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
    json.add("errors", array);
    return this;
  }

  public Problem with(String member, String value) {
    json.add(member, value);
    return this;
  }

  public Problem with(String member, long value) {
    json.add(member, value);
    return this;
  }

  public Problem header(String name, Object value) {
    response.header(name, value);
    return this;
  }

  public int status() {
    return status;
  }

  public Response toResponse() {
    return response.type(MEDIA_TYPE + ";charset=UTF-8").entity(json.build().toString()).build();
  }

  /** One invalid input field and what is wrong with it. */
  public record FieldError(String field, String message) {}
}
