package org.capacita.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.ConflictException;
import org.capacita.shared.domain.InvalidInputException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.i18n.Messages;

/** 400 for invalid input, 404 for what is out of reach, 409 for conflicts, 422 for other rules. */
@Provider
public class BusinessRuleExceptionMapper implements ExceptionMapper<BusinessRuleException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(BusinessRuleException exception) {
    return problem(exception, RequestLocale.of(headers));
  }

  /**
   * The rule broken somewhere in {@code exception}'s causes: Jersey hands a refusal from a query
   * parameter or a JSON body's number to the mappers wrapped in its own exceptions.
   */
  static Optional<BusinessRuleException> brokenRule(Throwable exception) {
    for (Throwable t = exception; t != null; t = t.getCause()) {
      if (t instanceof BusinessRuleException rule) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  public static Response problem(BusinessRuleException exception, Locale locale) {
    String text = Messages.get(locale, exception.getMessageKey(), exception.getArguments());
    Problem problem = Problem.of(statusOf(exception), locale).detail(text);
    if (exception.getField() != null) {
      problem.errors(List.of(new Problem.FieldError(exception.getField(), text)));
    }
    exception
        .problemMembers()
        .forEach(
            (member, value) -> {
              if (value instanceof Number number) {
                problem.with(member, number.longValue());
              } else {
                problem.with(member, String.valueOf(value));
              }
            });
    return problem.toResponse();
  }

  private static int statusOf(BusinessRuleException exception) {
    if (exception instanceof NotFoundException) {
      return 404;
    }
    if (exception instanceof InvalidInputException) {
      return 400;
    }
    return exception instanceof ConflictException ? 409 : 422;
  }
}
