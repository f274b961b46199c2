package org.capacita.enrollment.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.capacita.shared.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The language of the mails about workshops. */
class EnrolmentMailsTest {

  @Test
  void shouldWriteToAPersonWithoutAccountInTheLanguageOfTheWorkshopsCountry() {
    assertEquals(Messages.SPANISH, EnrolmentMails.language(null, "CL"));
    assertEquals(Messages.SPANISH, EnrolmentMails.language(null, "BR"));
    assertEquals(Messages.ENGLISH, EnrolmentMails.language(null, "US"));
  }

  @Test
  void shouldWriteToAnAccountHolderInTheLanguageTheyChose() {
    assertEquals(Messages.ENGLISH, EnrolmentMails.language(Messages.ENGLISH, "CL"));
    assertEquals(Messages.SPANISH, EnrolmentMails.language(Messages.SPANISH, "US"));
  }
}
