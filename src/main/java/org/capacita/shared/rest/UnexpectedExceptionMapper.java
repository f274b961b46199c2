package org.capacita.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.shared.i18n.Messages;

/**
 * The last resort: a denial from a service's role check becomes 401/403; anything else is logged
 * with an incident id and answered as a 500 that shows only that id, never a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private HttpHeaders headers;
  @Context private SecurityContext security;

  @Override
  public Response toResponse(Throwable exception) {
    Locale locale = RequestLocale.of(headers);
    if (causedBy(exception, EJBAccessException.class)) {
      boolean anonymous = security == null || security.getUserPrincipal() == null;
      return anonymous ? ApiProblems.unauthorized(locale) : ApiProblems.forbidden(locale);
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "API incident " + incident, exception);
    return Problem.of(500, locale)
        .detail(Messages.get(locale, "problem.detail.unexpected", incident))
        .with("incident", incident)
        .toResponse();
  }

  private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
