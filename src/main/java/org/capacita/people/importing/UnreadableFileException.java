package org.capacita.people.importing;

import org.capacita.shared.domain.BusinessRuleException;

/**
 * A file that cannot be read as a table at all: not CSV or XLSX, encrypted, over the size limit, a
 * zip bomb, an XML external entity. It carries a message key for the user's language.
 */
public class UnreadableFileException extends BusinessRuleException {

  private static final long serialVersionUID = 1L;

  public UnreadableFileException(String messageKey, Object... arguments) {
    super("file", messageKey, arguments);
  }
}
