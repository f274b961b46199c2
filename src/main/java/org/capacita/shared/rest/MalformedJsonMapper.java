package org.capacita.shared.rest;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/** JSON-B's own parse errors, when they reach the application unwrapped: a 400 as well. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonbException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(JsonbException exception) {
    Locale locale = RequestLocale.of(headers);
    return BusinessRuleExceptionMapper.brokenRule(exception)
        .map(rule -> BusinessRuleExceptionMapper.problem(rule, locale))
        .orElseGet(() -> Problem.malformedBody(locale));
  }
}
