package org.capacita.shared.domain;

/** The request clashes with what exists already (a username taken, a person enrolled twice). */
public class ConflictException extends BusinessRuleException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
