package org.capacita.catalog.content;

import java.util.List;
import java.util.Locale;
import org.capacita.shared.i18n.Messages;

/**
 * A mistake in a content file: the file (relative to the content folder), the line (0 when the
 * whole file is meant) and what is wrong, as a message key with arguments.
 */
public record ContentError(String file, int line, String messageKey, List<Object> arguments) {

  public ContentError {
    arguments = List.copyOf(arguments);
  }

  public static ContentError at(String file, int line, String messageKey, Object... arguments) {
    return new ContentError(file, line, messageKey, List.of(arguments));
  }

  /** {@code modules/X/module.properties:12}, or the file alone. */
  public String where() {
    return line > 0 ? file + ":" + line : file;
  }

  public String message(Locale locale) {
    return Messages.get(locale, messageKey, arguments.toArray());
  }

  @Override
  public String toString() {
    return where() + ": " + message(Messages.ENGLISH);
  }
}
