package org.capacita.shared.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not valid JSON, or has a value of the wrong type, is a 400: never a 500. */
@Provider
public class MalformedRequestMapper implements ExceptionMapper<ProcessingException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ProcessingException exception) {
    return Problem.malformedBody(RequestLocale.of(headers));
  }
}
