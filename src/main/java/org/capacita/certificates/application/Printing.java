package org.capacita.certificates.application;

import java.time.LocalDate;
import org.capacita.certificates.domain.CertificateFacts;
import org.capacita.certificates.domain.Wording;

/** Everything one certificate's page shows: its facts, wording, number, dates and address. */
public record Printing(
    CertificateFacts facts,
    Wording wording,
    long number,
    String code,
    String verificationUrl,
    LocalDate issuedOn,
    LocalDate expiresOn) {}
