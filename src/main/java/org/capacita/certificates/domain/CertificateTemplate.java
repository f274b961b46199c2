package org.capacita.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.capacita.shared.domain.BaseEntity;

/**
 * An admin's wording for the certificates of one module, in place of the default template's, with
 * its languages and logo. Changing it changes only certificates issued afterwards.
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

  @Column(length = 8)
  private String languages;

  @Column(name = "logo_name", length = Logo.MAX_NAME)
  private String logoName;

  @Lob
  @Column(name = "logo")
  private byte[] logo;

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
    this.languages =
        wording
            .printedLanguages()
            .map(list -> list.stream().map(Locale::getLanguage).collect(Collectors.joining(",")))
            .orElse(null);
    this.logoName = wording.logo() == null ? null : wording.logo().name();
    this.logo = wording.logo() == null ? null : wording.logo().content();
    this.changedAt = Objects.requireNonNull(now);
  }

  public Wording wording() {
    List<Locale> printed =
        languages == null
            ? List.of()
            : Arrays.stream(languages.split(",")).map(Locale::forLanguageTag).toList();
    return new Wording(
        titleEn, titleEs, bodyEn, bodyEs, printed, logo == null ? null : new Logo(logoName, logo));
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public Instant getChangedAt() {
    return changedAt;
  }
}
