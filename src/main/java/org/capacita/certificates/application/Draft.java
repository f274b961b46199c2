package org.capacita.certificates.application;

import java.time.LocalDate;
import org.capacita.certificates.domain.CertificateFacts;
import org.capacita.certificates.domain.Wording;
import org.capacita.completion.domain.Completion;

/**
 * A certificate about to be issued, as read from its completion (or the edition it replaces): all
 * but its number, code and day, so that it can be rendered and signed outside any transaction.
 */
record Draft(
    long completionId,
    int edition,
    long personId,
    Long workshopId,
    CertificateFacts facts,
    Wording wording,
    LocalDate expires,
    String replaces) {

  /** The first edition's draft of a completion that names its holder, worded as given. */
  static Draft first(Completion completion, CertificateSettings settings, Wording wording) {
    CertificateFacts facts =
        CertificateFacts.of(
            completion,
            settings.issuer(),
            wording.printedLanguages().orElseGet(settings::languages));
    LocalDate expires =
        settings
            .validityMonths(completion.getModuleCode())
            .map(months -> facts.lastDay().plusMonths(months))
            .orElse(null);
    return new Draft(
        completion.getId(),
        1,
        completion.getPersonId(),
        completion.getWorkshopId(),
        facts,
        wording,
        expires,
        null);
  }
}
