package org.capacita.infrastructure.mail;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.capacita.shared.i18n.Messages;

/**
 * A plain-text e-mail to one recipient, with files attached or none. Fire it as a CDI event inside
 * a transaction: it is sent only if the transaction commits. A mail that must reach its recipient
 * once whatever happens goes through an outbox instead (a row written in the transaction, sent by
 * {@link Mailer#deliver}); its {@code messageId}, when given, names it the same on every attempt,
 * so that a copy sent again after a crash can be recognised as the same message.
 */
public record MailMessage(
    String to, String subject, String body, List<Attachment> attachments, String messageId) {

  public MailMessage {
    Objects.requireNonNull(to);
    Objects.requireNonNull(subject);
    Objects.requireNonNull(body);
    attachments = List.copyOf(attachments);
  }

  public MailMessage(String to, String subject, String body) {
    this(to, subject, body, List.of(), null);
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

  /** The same mail with {@code file} attached, named {@code messageId} on every attempt. */
  public MailMessage attaching(Attachment file, String messageId) {
    return new MailMessage(
        to,
        subject,
        body,
        Stream.concat(attachments.stream(), Stream.of(file)).toList(),
        messageId);
  }

  /** A file sent with a mail. */
  public record Attachment(String fileName, String contentType, byte[] content) {
    public Attachment {
      Objects.requireNonNull(fileName);
      Objects.requireNonNull(contentType);
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }
}
