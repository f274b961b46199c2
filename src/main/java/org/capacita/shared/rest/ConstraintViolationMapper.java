package org.capacita.shared.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.capacita.shared.i18n.Messages;
import org.capacita.shared.i18n.ValidationTexts;

/** Bean Validation failures become a 400 problem listing each field in the caller's language. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Context private HttpHeaders headers;

  @Override
  public Response toResponse(ConstraintViolationException exception) {
    Locale locale = RequestLocale.of(headers);
    List<Problem.FieldError> errors =
        exception.getConstraintViolations().stream()
            .map(v -> new Problem.FieldError(fieldOf(v), messageOf(v, locale)))
            .sorted(Comparator.comparing(Problem.FieldError::field))
            .toList();
    return Problem.of(400, locale)
        .detail(Messages.get(locale, "problem.detail.validation"))
        .errors(errors)
        .toResponse();
  }

  private static String messageOf(ConstraintViolation<?> violation, Locale locale) {
    return ValidationTexts.interpolate(
        violation.getMessageTemplate(),
        violation.getConstraintDescriptor().getAttributes(),
        locale);
  }

  /**
   * The JSON member name: the last property node of the path (method and argument nodes skipped).
   */
  private static String fieldOf(ConstraintViolation<?> violation) {
    String field = "";
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PROPERTY) {
        field = field.isEmpty() ? node.getName() : field + "." + node.getName();
      }
    }
    return field.isEmpty() ? "body" : field;
  }
}
