package org.capacita.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.Issue;
import org.capacita.certificates.domain.VerificationCode;

/**
 * Makes a certificate from its draft and number: draws its code, renders its page, signs it and
 * records the PDF's SHA-256. Touches no database, so that pages are made in parallel and outside
 * the transaction that stores them.
 */
@ApplicationScoped
public class CertificateMaker {

  @Inject private CertificateSettings settings;
  @Inject private CertificateSigner signer;

  Made make(Draft draft, long number, String siteAddress) {
    Instant now = Instant.now();
    LocalDate today = now.atZone(settings.zone()).toLocalDate();
    String code = VerificationCode.random();
    String url = siteAddress + "/verify/" + code;
    Certificate certificate =
        new Certificate(
            new Issue(
                number,
                code,
                draft.completionId(),
                draft.edition(),
                draft.personId(),
                draft.workshopId(),
                now,
                today,
                draft.expires(),
                draft.replaces()),
            draft.facts(),
            url,
            draft.wording().version());
    byte[] unsigned =
        CertificatePage.pdf(
            new Printing(
                draft.facts(), draft.wording(), number, code, url, today, draft.expires()));
    byte[] pdf =
        signer.sign(unsigned, draft.facts().issuer() + " " + number, draft.facts().venueCity());
    certificate.issuedAs(Issuing.sha256(pdf));
    return new Made(certificate, pdf);
  }

  /** A certificate made, not stored yet, and its signed PDF. */
  record Made(Certificate certificate, byte[] pdf) {}
}
