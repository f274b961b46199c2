package org.capacita.enrollment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Locale;
import org.capacita.accounts.application.MailRecipients;
import org.capacita.infrastructure.mail.MailMessage;
import org.capacita.people.domain.Person;
import org.capacita.scheduling.domain.Workshop;

/**
 * The e-mails people get about workshops, to the address and in the language {@link MailRecipients}
 * chooses. Sent after the transaction commits; nobody without an address is written to.
 */
@ApplicationScoped
public class EnrolmentMails {

  @Inject private Event<MailMessage> mails;
  @Inject private MailRecipients recipients;

  public void tell(Person person, Workshop workshop, Notice notice, Integer position) {
    recipients
        .of(person, workshop.getCountry().getCode())
        .ifPresent(
            to ->
                mails.fire(
                    EnrolmentMail.of(notice, person, workshop, position, to.locale())
                        .compose(to.address(), to.locale())));
  }

  /** The language to write in ({@link MailRecipients#language}). */
  static Locale language(Locale accountLanguage, String workshopCountry) {
    return MailRecipients.language(accountLanguage, workshopCountry);
  }
}
