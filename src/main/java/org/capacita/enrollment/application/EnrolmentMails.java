package org.capacita.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.capacita.accounts.application.AccountRepository;
import org.capacita.accounts.domain.Account;
import org.capacita.infrastructure.mail.MailMessage;
import org.capacita.people.domain.Person;
import org.capacita.scheduling.domain.Workshop;
import org.capacita.shared.i18n.Messages;

/**
 * The e-mails people get about workshops, in their account's language (English without an account),
 * to the person's address or else their account's. Sent after the transaction commits; nobody
 * without an address is written to.
 */
@ApplicationScoped
public class EnrolmentMails {

  @Inject private Event<MailMessage> mails;
  @Inject private AccountRepository accounts;

  public void tell(Person person, Workshop workshop, Notice notice, Integer position) {
    Optional<Account> account = Optional.ofNullable(person.getAccountId()).flatMap(accounts::find);
    String address =
        person.getEmail() != null ? person.getEmail() : account.map(Account::getEmail).orElse(null);
    if (address == null || address.isBlank()) {
      return;
    }
    Locale locale = account.map(Account::getLocale).orElse(Messages.ENGLISH);
    mails.fire(
        EnrolmentMail.of(notice, person, workshop, position, locale).compose(address, locale));
  }
}
