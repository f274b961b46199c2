package org.capacita.infrastructure.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.infrastructure.concurrency.Background;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail through the SMTP server named by {@code capacita.mail.*}. Without a host (development)
 * each mail is written to the log instead, so that links can still be followed.
 */
@ApplicationScoped
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());
  private static final String TIMEOUT_MILLIS = "10000";

  @Inject
  @ConfigProperty(name = "capacita.mail.host")
  private Optional<String> host;

  @Inject
  @ConfigProperty(name = "capacita.mail.port", defaultValue = "25")
  private int port;

  @Inject
  @ConfigProperty(name = "capacita.mail.username")
  private Optional<String> username;

  @Inject
  @ConfigProperty(name = "capacita.mail.password")
  private Optional<String> password;

  @Inject
  @ConfigProperty(name = "capacita.mail.from", defaultValue = "Capacita <no-reply@capacita.local>")
  private String from;

  @Inject
  @ConfigProperty(name = "capacita.mail.starttls", defaultValue = "false")
  private boolean startTls;

  @Inject private Background background;

  private Session session;

  @PostConstruct
  void configure() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.orElse("localhost"));
    properties.put("mail.smtp.port", Integer.toString(port));
    properties.put("mail.smtp.connectiontimeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.timeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.writetimeout", TIMEOUT_MILLIS);
    properties.put("mail.smtp.starttls.enable", Boolean.toString(startTls));
    properties.put("mail.smtp.starttls.required", Boolean.toString(startTls));
    Authenticator authenticator = null;
    if (username.isPresent()) {
      properties.put("mail.smtp.auth", "true");
      authenticator =
          new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(username.get(), password.orElse(""));
            }
          };
    }
    session = Session.getInstance(properties, authenticator);
  }

  /**
   * Sends the mail once the transaction that asked for it has committed, on a thread of its own
   * ({@link Background}): the request that asked for it (a sign-up, say) does not wait for the SMTP
   * server.
   */
  void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailMessage mail) {
    background.run(() -> send(mail));
  }

  /** Sends now; a failure is logged, never thrown, as the work that asked for it is done. */
  public void send(MailMessage mail) {
    try {
      deliver(mail);
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Could not send mail to " + mail.to(), e);
    }
  }

  /**
   * Sends now and says whether the SMTP server took the mail: a failure is thrown, for an outbox
   * that tries again later. Without an SMTP host the mail is logged, and so delivered.
   */
  public void deliver(MailMessage mail) throws MessagingException {
    if (host.isEmpty()) {
      LOG.info(
          () ->
              "Mail (no SMTP host configured) to "
                  + mail.to()
                  + ": "
                  + mail.subject()
                  + "\n"
                  + mail.body()
                  + mail.attachments().stream().map(a -> "\n[" + a.fileName() + "]").toList());
      return;
    }
    MimeMessage message = new NamedMessage(session, mail.messageId());
    message.setFrom(new InternetAddress(from));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    if (mail.attachments().isEmpty()) {
      message.setText(mail.body(), StandardCharsets.UTF_8.name());
    } else {
      MimeMultipart parts = new MimeMultipart();
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.body(), StandardCharsets.UTF_8.name());
      parts.addBodyPart(text);
      for (MailMessage.Attachment attachment : mail.attachments()) {
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(
            new DataHandler(
                new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        file.setFileName(attachment.fileName());
        parts.addBodyPart(file);
      }
      message.setContent(parts);
    }
    message.setSentDate(new Date());
    Transport.send(message);
  }

  /** A message whose Message-ID is the one given, when one is, instead of a new one per attempt. */
  private static final class NamedMessage extends MimeMessage {
    private final String id;

    NamedMessage(Session session, String id) {
      super(session);
      this.id = id;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      if (id == null) {
        super.updateMessageID();
      } else {
        setHeader("Message-ID", "<" + id + ">");
      }
    }
  }
}
