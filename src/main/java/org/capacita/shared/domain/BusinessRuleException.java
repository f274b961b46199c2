package org.capacita.shared.domain;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.Map;

/**
 * A request that breaks a rule of the domain. It carries a message key (and arguments) rather than
 * text, so each page or API answer can say it in the user's language. The transaction rolls back.
 */
@ApplicationException(rollback = true, inherited = true)
public class BusinessRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;
  private final String field;

  public BusinessRuleException(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  /**
   * For subclasses: a rule broken by one input field. The arguments are an array, not varargs, so
   * that {@code new BusinessRuleException("key", "argument")} can never be read as a field.
   */
  protected BusinessRuleException(String field, String messageKey, Object[] arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /** A rule broken by one input field, named as in the API ({@code "username"}). */
  public static BusinessRuleException onField(
      String field, String messageKey, Object... arguments) {
    return new BusinessRuleException(field, messageKey, arguments);
  }

  public String getMessageKey() {
    return messageKey;
  }

  public Object[] getArguments() {
    return Arrays.copyOf(arguments, arguments.length);
  }

  public String getField() {
    return field;
  }

  /** Extra members for the API's problem answer, such as {@code duplicateOf}. */
  public Map<String, Object> problemMembers() {
    return Map.of();
  }
}
