package org.capacita.certificates.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.capacita.certificates.domain.Certificate;
import org.capacita.certificates.domain.CertificateFacts;

/**
 * A certificate as a page lists it: code, number, holder, module, hours, issue day, status, and the
 * addresses of its PDF, its verification page and LinkedIn's "add certification" form filled with
 * its name, organisation, issue (and expiry) month, credential id and verification address.
 */
public record CertificateRow(
    String code,
    long number,
    long personId,
    String holder,
    String module,
    BigDecimal hours,
    LocalDate issuedOn,
    LocalDate expiresOn,
    String status,
    String verificationUrl,
    String linkedIn)
    implements Serializable {

  static CertificateRow of(Certificate certificate, LocalDate today, Locale locale) {
    CertificateFacts facts = certificate.facts();
    return new CertificateRow(
        certificate.getCode(),
        certificate.getNumber(),
        certificate.getPersonId(),
        facts.holder(),
        facts.title(locale),
        facts.hours(),
        certificate.getIssuedOn(),
        certificate.getExpiresOn(),
        certificate.status(today).name(),
        certificate.getVerificationUrl(),
        linkedIn(certificate, facts.title(locale)));
  }

  /** LinkedIn's public add-to-profile address for a certification. */
  static String linkedIn(Certificate certificate, String name) {
    StringBuilder url =
        new StringBuilder("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
            .append("&name=")
            .append(encoded(name))
            .append("&organizationName=")
            .append(encoded(certificate.getIssuer()))
            .append("&issueYear=")
            .append(certificate.getIssuedOn().getYear())
            .append("&issueMonth=")
            .append(certificate.getIssuedOn().getMonthValue());
    if (certificate.getExpiresOn() != null) {
      url.append("&expirationYear=")
          .append(certificate.getExpiresOn().getYear())
          .append("&expirationMonth=")
          .append(certificate.getExpiresOn().getMonthValue());
    }
    return url.append("&certUrl=")
        .append(encoded(certificate.getVerificationUrl()))
        .append("&certId=")
        .append(encoded(certificate.getCode()))
        .toString();
  }

  private static String encoded(String value) {
    return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
  }

  /** The PDF's address, relative to the application. */
  public String pdf() {
    return "/certificates/pdf?code=" + code;
  }

  public boolean valid() {
    return "VALID".equals(status);
  }
}
