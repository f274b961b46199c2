package org.capacita.infrastructure.mail;

import java.util.Objects;

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
}
