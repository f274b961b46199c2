package org.capacita.support;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * The mails the test application sent to one address. The run shares one mail server, so a test
 * only ever looks at the addresses it made up itself.
 */
public final class Mailbox {

  private static final long PATIENCE_MS = 20_000;

  private Mailbox() {}

  /** Every mail received so far for {@code address}, oldest first. */
  public static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(TestMailServer.server().getReceivedMessages())
        .filter(mail -> recipient(mail).equalsIgnoreCase(address))
        .toList();
  }

  /** The first mail to {@code address}, waiting for it to arrive. */
  public static MimeMessage awaitMail(String address) throws InterruptedException {
    return awaitMail(address, "");
  }

  /** The first mail to {@code address} whose subject starts so, waiting for it to arrive. */
  public static MimeMessage awaitMail(String address, String subjectStart)
      throws InterruptedException {
    long until = System.currentTimeMillis() + PATIENCE_MS;
    while (System.currentTimeMillis() < until) {
      for (MimeMessage mail : mailsTo(address)) {
        if (subject(mail).startsWith(subjectStart)) {
          return mail;
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError(
        "No mail '"
            + subjectStart
            + "' to "
            + address
            + " among "
            + mailsTo(address).stream().map(Mailbox::subject).toList());
  }

  public static String recipient(MimeMessage mail) {
    try {
      return mail.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
