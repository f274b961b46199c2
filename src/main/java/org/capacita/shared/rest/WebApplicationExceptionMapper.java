package org.capacita.shared.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Optional;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.i18n.Messages;

/**
 * JAX-RS's own errors (404 for an unknown path, 405, 415, 403 from {@code @RolesAllowed}) as
 * problem JSON. A denied call without a valid token is a 401 that asks for a bearer token; a
 * refused query parameter ({@link StrictQueryParameters}) is the rule it broke.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Context private HttpHeaders headers;
  @Context private SecurityContext security;

  @Override
  public Response toResponse(WebApplicationException exception) {
    Locale locale = RequestLocale.of(headers);
    Optional<BusinessRuleException> rule = BusinessRuleExceptionMapper.brokenRule(exception);
    if (rule.isPresent()) {
      return BusinessRuleExceptionMapper.problem(rule.get(), locale);
    }
    int status = exception.getResponse().getStatus();
    boolean anonymous = security == null || security.getUserPrincipal() == null;
    if (status == 401 || (status == 403 && anonymous)) {
      return ApiProblems.unauthorized(locale);
    }
    if (status == 400) {
      return Problem.malformedBody(locale);
    }
    return Problem.of(status, locale)
        .detail(Messages.get(locale, "problem.detail." + (status == 403 ? "forbidden" : "generic")))
        .toResponse();
  }
}
