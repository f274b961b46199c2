package org.capacita.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.capacita.shared.domain.BaseEntity;

/**
 * An admin's wording for the certificates of one module, in place of the default template's.
 * Changing it changes only certificates issued afterwards.
 */
@Entity
@Table(name = "certificate_template")
@NamedQuery(
    name = "CertificateTemplate.findByModule",
    query = "SELECT t FROM CertificateTemplate t WHERE t.moduleCode = :moduleCode")
public class CertificateTemplate extends BaseEntity {

  @Column(name = "module_code", nullable = false, length = 40, updatable = false)
  private String moduleCode;

  @Column(name = "title_en", nullable = false, length = Wording.MAX_TITLE)
  private String titleEn;

  @Column(name = "title_es", nullable = false, length = Wording.MAX_TITLE)
  private String titleEs;

  @Column(name = "body_en", nullable = false, length = Wording.MAX_BODY)
  private String bodyEn;

  @Column(name = "body_es", nullable = false, length = Wording.MAX_BODY)
  private String bodyEs;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  protected CertificateTemplate() {}

  public CertificateTemplate(String moduleCode, Wording wording, Instant now) {
    this.moduleCode = Objects.requireNonNull(moduleCode);
    reword(wording, now);
  }

  public final void reword(Wording wording, Instant now) {
    this.titleEn = wording.titleEn();
    this.titleEs = wording.titleEs();
    this.bodyEn = wording.bodyEn();
    this.bodyEs = wording.bodyEs();
    this.changedAt = Objects.requireNonNull(now);
  }

  public Wording wording() {
    return new Wording(titleEn, titleEs, bodyEn, bodyEs);
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
