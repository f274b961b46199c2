package org.capacita.certificates.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * The PDF document issued with a certificate, byte for byte, written once and never changed: what
 * the holder downloads next year is what was issued today.
 */
@Entity
@Table(name = "certificate_pdf")
public class CertificatePdf {

  @Id
  @Column(name = "certificate_id")
  private Long certificateId;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  protected CertificatePdf() {}

  public CertificatePdf(long certificateId, byte[] content) {
    this.certificateId = certificateId;
    this.content = Objects.requireNonNull(content).clone();
  }

  public byte[] content() {
    return content.clone();
  }
}
