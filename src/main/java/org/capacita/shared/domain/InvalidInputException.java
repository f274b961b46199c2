package org.capacita.shared.domain;

/** An input value out of its allowed range (a query parameter, say): a 400 for the API. */
public class InvalidInputException extends BusinessRuleException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
