package org.capacita.accounts.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.capacita.accounts.domain.Account;
import org.capacita.infrastructure.mail.MailMessage;

/** The e-mails accounts receive, written in the account's language. */
@ApplicationScoped
public class AccountMails {

  /** Each mail an account can receive: its message keys and the page its link opens. */
  public enum Kind {
    CONFIRM_ADDRESS("mail.confirm", "/confirm.xhtml"),
    RESET_PASSWORD("mail.reset", "/reset-password.xhtml");

    private final String key;
    private final String page;

    Kind(String key, String page) {
      this.key = key;
      this.page = page;
    }

    public String key() {
      return key;
    }
  }

  @Inject private Event<MailMessage> mails;

  public void confirmAddress(Account account, String siteUrl, String token) {
    send(account, Kind.CONFIRM_ADDRESS, siteUrl, token);
  }

  public void resetPassword(Account account, String siteUrl, String token) {
    send(account, Kind.RESET_PASSWORD, siteUrl, token);
  }

  private void send(Account account, Kind kind, String siteUrl, String token) {
    mails.fire(
        compose(
            kind, account.getEmail(), account.getLocale(), account.getUsername(), siteUrl, token));
  }

  /**
   * The mail of {@code kind} to {@code address} in {@code locale}: {0} is the username, {1} the
   * single-use link, in subject and body alike.
   */
  public static MailMessage compose(
      Kind kind, String address, Locale locale, String username, String siteUrl, String token) {
    String link =
        siteUrl + kind.page + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    return MailMessage.fromBundle(address, locale, kind.key(), username, link);
  }
}
