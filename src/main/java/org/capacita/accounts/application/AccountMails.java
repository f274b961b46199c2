package org.capacita.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.capacita.accounts.domain.Account;
import org.capacita.infrastructure.mail.MailMessage;
import org.capacita.shared.i18n.Messages;

/** The e-mails accounts receive, written in the account's language. */
@ApplicationScoped
public class AccountMails {

  @Inject private Event<MailMessage> mails;

  public void confirmAddress(Account account, String siteUrl, String token) {
    send(account, "mail.confirm", siteUrl + "/confirm.xhtml?token=" + encode(token));
  }

  public void resetPassword(Account account, String siteUrl, String token) {
    send(account, "mail.reset", siteUrl + "/reset-password.xhtml?token=" + encode(token));
  }

  private void send(Account account, String key, String link) {
    String subject = Messages.get(account.getLocale(), key + ".subject");
    String body = Messages.get(account.getLocale(), key + ".body", account.getUsername(), link);
    mails.fire(new MailMessage(account.getEmail(), subject, body));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
