package org.capacita.shared;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.capacita.accounts.application.AccountMails;
import org.capacita.enrollment.application.EnrolmentMail;
import org.capacita.enrollment.application.Notice;
import org.capacita.infrastructure.mail.MailMessage;
import org.capacita.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/**
 * Every mail the application sends, composed in English and Spanish by the code that sends it
 * ({@link EnrolmentMail#compose}, {@link AccountMails#compose}) from realistic facts: no subject or
 * body may keep a {@code {n}} placeholder or name a missing message.
 */
class MailsTest {

  private static final Pattern LEFTOVER = Pattern.compile("\\{\\s*\\d+[^}]*}|\\?\\?\\?");
  private static final String ADDRESS = "maria.perez@example.org";
  private static final String TITLE = "Trata de personas y salud: detección y derivación";
  private static final String SITE = "https://capacita.example.org";

  /** Every mail about a workshop in every language, by notice and language. */
  private static Map<String, MailMessage> workshopMails() {
    Map<String, MailMessage> mails = new LinkedHashMap<>();
    for (Locale locale : Messages.SUPPORTED) {
      for (Notice notice : Notice.values()) {
        EnrolmentMail facts =
            new EnrolmentMail(
                notice,
                "María José Pérez Soto",
                TITLE,
                "Hospital Regional de Antofagasta, auditorio",
                "Antofagasta",
                LocalDate.of(2027, 4, 17),
                LocalTime.of(9, 0),
                notice == Notice.WAITLISTED ? 2 : null,
                notice == Notice.WORKSHOP_CANCELLED ? "Paro de transporte" : null);
        mails.put(notice + " " + locale, facts.compose(ADDRESS, locale));
      }
    }
    return mails;
  }

  /** Every mail about an account in every language, by kind and language. */
  private static Map<String, MailMessage> accountMails() {
    Map<String, MailMessage> mails = new LinkedHashMap<>();
    for (Locale locale : Messages.SUPPORTED) {
      for (AccountMails.Kind kind : AccountMails.Kind.values()) {
        mails.put(
            kind + " " + locale,
            AccountMails.compose(kind, ADDRESS, locale, "mperez", SITE, "tok+en/with=signs"));
      }
    }
    return mails;
  }

  @Test
  void shouldLeaveNoPlaceholderInAnyMailInAnyLanguage() {
    Map<String, MailMessage> every = new LinkedHashMap<>(workshopMails());
    every.putAll(accountMails());
    List<String> problems = new ArrayList<>();
    every.forEach(
        (name, mail) -> {
          if (LEFTOVER.matcher(mail.subject()).find()) {
            problems.add(name + " subject: " + mail.subject());
          }
          if (LEFTOVER.matcher(mail.body()).find()) {
            problems.add(name + " body: " + mail.body());
          }
        });
    assertTrue(problems.isEmpty(), "Placeholders left:\n" + String.join("\n", problems));
  }

  @Test
  void shouldNameTheWorkshopInTheSubjectOfEveryWorkshopMail() {
    List<String> problems = new ArrayList<>();
    workshopMails()
        .forEach(
            (name, mail) -> {
              if (!mail.subject().endsWith(": " + TITLE) || !mail.body().contains(TITLE)) {
                problems.add(name + ": " + mail.subject());
              }
            });
    assertTrue(problems.isEmpty(), "Workshop not named:\n" + String.join("\n", problems));
  }

  @Test
  void shouldWriteEveryMailInItsOwnLanguage() {
    Map<String, MailMessage> workshop = workshopMails();
    for (Notice notice : Notice.values()) {
      assertNotEquals(
          workshop.get(notice + " en").body(), workshop.get(notice + " es").body(), notice.name());
    }
    Map<String, MailMessage> mails = accountMails();
    for (AccountMails.Kind kind : AccountMails.Kind.values()) {
      MailMessage english = mails.get(kind + " en");
      assertNotEquals(english.subject(), mails.get(kind + " es").subject(), kind.name());
      assertTrue(
          english.body().contains(SITE) && english.body().contains("tok%2Ben%2Fwith%3Dsigns"),
          english.body());
    }
  }
}
