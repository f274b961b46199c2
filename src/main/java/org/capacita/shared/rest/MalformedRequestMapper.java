package org.capacita.shared.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * A body that is not valid JSON, or has a value of the wrong type, is a 400: never a 500. A number
 * that does not fit its field is the field error it raised.
 */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException exception) {
    Locale locale = RequestLocale.of(headers);
    return BusinessRuleExceptionMapper.brokenRule(exception)
        .map(rule -> BusinessRuleExceptionMapper.problem(rule, locale))
        .orElseGet(() -> Problem.malformedBody(locale));
  }
}
