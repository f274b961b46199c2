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
import org.capacita.shared.i18n.CountryLanguages;

/**
 * The e-mails people get about workshops, to the person's address or else their account's, in the
 * language {@link #language} chooses. Sent after the transaction commits; nobody without an address
 * is written to.
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
    Locale locale =
        language(account.map(Account::getLocale).orElse(null), workshop.getCountry().getCode());
    mails.fire(
        EnrolmentMail.of(notice, person, workshop, position, locale).compose(address, locale));
  }

  /**
   * The language to write in: the account's, which its holder chose; for a registry person without
   * an account (most officials a trainer enrols), the language of the workshop's country, which is
   * the one they were trained in.
   */
  static Locale language(Locale accountLanguage, String workshopCountry) {
    return accountLanguage != null ? accountLanguage : CountryLanguages.of(workshopCountry);
  }
}
