package org.capacita.certificates.domain;

/** What a verification answers about a certificate. */
public enum CertificateStatus {
  VALID,
  REVOKED,
  EXPIRED,
  SUPERSEDED
}
