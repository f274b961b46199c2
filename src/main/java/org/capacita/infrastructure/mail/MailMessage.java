package org.capacita.infrastructure.mail;

import java.util.Locale;
import java.util.Objects;
import org.capacita.shared.i18n.Messages;

/**
 * A plain-text e-mail to one recipient. Fire it as a CDI event inside a transaction: it is sent
 * only if the transaction commits.
 */
public record MailMessage(String to, String subject, String body) {

  public MailMessage {
    Objects.requireNonNull(to);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(body);
  }

  /**
   * The mail whose subject and body are the messages {@code key.subject} and {@code key.body} in
   * {@code locale}. Both are formatted with the same arguments, so that a subject may name any of
   * them by the index the body uses ({@code {1}} for a workshop's title, say).
   */
  public static MailMessage fromBundle(String to, Locale locale, String key, Object... arguments) {
    return new MailMessage(
        to,
        Messages.get(locale, key + ".subject", arguments),
        Messages.get(locale, key + ".body", arguments));
  }
}
