package org.capacita.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.capacita.shared.domain.BaseEntity;
import org.capacita.shared.domain.ConflictException;

/**
 * A certificate: issued once for a completion (edition 1; a re-issue after a name correction is the
 * next edition and supersedes the one before), with a number and a random verification code, and a
 * copy of the facts it shows. The PDF issued with it is stored apart ({@link CertificatePdf}) with
 * its SHA-256 here; nothing ever renders it again.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(
    name = "Certificate.findByCode",
    query = "SELECT c FROM Certificate c WHERE c.code = :code")
@NamedQuery(
    name = "Certificate.findByCompletion",
    query = "SELECT c FROM Certificate c WHERE c.completionId = :completionId ORDER BY c.edition")
@NamedQuery(
    name = "Certificate.findByWorkshop",
    query = "SELECT c FROM Certificate c WHERE c.workshopId = :workshopId ORDER BY c.number")
@NamedQuery(
    name = "Certificate.findByPerson",
    query = "SELECT c FROM Certificate c WHERE c.personId = :personId ORDER BY c.issuedAt DESC")
@NamedQuery(
    name = "Certificate.findBySha256",
    query = "SELECT c FROM Certificate c WHERE c.sha256 = :sha256")
public class Certificate extends BaseEntity {

  @Column(nullable = false, updatable = false)
  private long number;

  @Column(nullable = false, length = 32, updatable = false)
  private String code;

  @Column(name = "completion_id", nullable = false, updatable = false)
  private long completionId;

  @Column(nullable = false, updatable = false)
  private int edition;

  @Column(name = "person_id", nullable = false)
  private long personId;

  @Column(name = "workshop_id", updatable = false)
  private Long workshopId;

  @Column(name = "module_code", nullable = false, length = 40, updatable = false)
  private String moduleCode;

  @Column(name = "holder_name", nullable = false, length = 250, updatable = false)
  private String holderName;

  @Column(name = "title_en", length = 200, updatable = false)
  private String titleEn;

  @Column(name = "title_es", length = 200, updatable = false)
  private String titleEs;

  @Column(nullable = false, precision = 5, scale = 1, updatable = false)
  private BigDecimal hours;

  @Column(name = "first_day", nullable = false, updatable = false)
  private LocalDate firstDay;

  @Column(name = "last_day", nullable = false, updatable = false)
  private LocalDate lastDay;

  @Column(name = "venue_city", length = 120, updatable = false)
  private String venueCity;

  @Column(nullable = false, length = 200, updatable = false)
  private String issuer;

  @Column(nullable = false, length = 16, updatable = false)
  private String languages;

  @Column(name = "verification_url", nullable = false, length = 400, updatable = false)
  private String verificationUrl;

  @Column(name = "template_version", nullable = false, length = 64, updatable = false)
  private String templateVersion;

  @Column(name = "issued_at", nullable = false, updatable = false)
  private Instant issuedAt;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "expires_on", updatable = false)
  private LocalDate expiresOn;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revocation_reason", length = 500)
  private String revocationReason;

  @Column(name = "superseded_by", length = 32)
  private String supersededBy;

  @Column(length = 32, updatable = false)
  private String replaces;

  @Column(nullable = false, length = 64)
  private String sha256;

  protected Certificate() {}

  /** A certificate about to be rendered: its number, code and facts; the PDF's digest follows. */
  public Certificate(
      Issue issue, CertificateFacts facts, String verificationUrl, String templateVersion) {
    this.number = issue.number();
    this.code = VerificationCode.requireValid(issue.code());
    this.completionId = issue.completionId();
    this.edition = issue.edition();
    this.personId = issue.personId();
    this.workshopId = issue.workshopId();
    this.issuedAt = Objects.requireNonNull(issue.at());
    this.issuedOn = Objects.requireNonNull(issue.on());
    this.expiresOn = issue.expiresOn();
    this.replaces = issue.replaces();
    this.moduleCode = facts.moduleCode();
    this.holderName = facts.holder();
    this.titleEn = facts.titleEn();
    this.titleEs = facts.titleEs();
    this.hours = facts.hours();
    this.firstDay = facts.firstDay();
    this.lastDay = facts.lastDay();
    this.venueCity = facts.venueCity();
    this.issuer = facts.issuer();
    this.languages =
        facts.languages().stream().map(Locale::getLanguage).collect(Collectors.joining(","));
    this.verificationUrl = Objects.requireNonNull(verificationUrl);
    this.templateVersion = Objects.requireNonNull(templateVersion);
  }

  /** Records the digest of the PDF issued with it, once. */
  public void issuedAs(String digest) {
    if (sha256 != null) {
      throw new IllegalStateException("A certificate's PDF is issued once");
    }
    this.sha256 = Objects.requireNonNull(digest);
  }

  /** Revokes it, for a reason; a revoked one stays revoked. */
  public void revoke(String reason, Instant now) {
    if (revokedAt != null) {
      throw new ConflictException(null, "certificates.error.revoked");
    }
    this.revokedAt = Objects.requireNonNull(now);
    this.revocationReason = Objects.requireNonNull(reason).strip();
  }

  /** Replaced by a newer edition (a re-issue); verifying it names the new one. */
  public void supersede(String newCode) {
    if (supersededBy != null || revokedAt != null) {
      throw new ConflictException(null, "certificates.error.notCurrent");
    }
    this.supersededBy = VerificationCode.requireValid(newCode);
  }

  /** The status on {@code today}: revoked, superseded, expired (after its last day) or valid. */
  public CertificateStatus status(LocalDate today) {
    if (revokedAt != null) {
      return CertificateStatus.REVOKED;
    }
    if (supersededBy != null) {
      return CertificateStatus.SUPERSEDED;
    }
    if (expiresOn != null && today.isAfter(expiresOn)) {
      return CertificateStatus.EXPIRED;
    }
    return CertificateStatus.VALID;
  }

  /** The facts it shows, as issued. */
  public CertificateFacts facts() {
    return new CertificateFacts(
        holderName,
        moduleCode,
        titleEn,
        titleEs,
        hours,
        firstDay,
        lastDay,
        venueCity,
        issuer,
        languageList());
  }

  public List<Locale> languageList() {
    return Arrays.stream(languages.split(",")).map(Locale::forLanguageTag).toList();
  }

  /** The person moved to another record by a merge of duplicates. */
  public void heldBy(long survivingPersonId) {
    this.personId = survivingPersonId;
  }

  public long getNumber() {
    return number;
  }

  public String getCode() {
    return code;
  }

  public long getCompletionId() {
    return completionId;
  }

  public int getEdition() {
    return edition;
  }

  public long getPersonId() {
    return personId;
  }

  public Long getWorkshopId() {
    return workshopId;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getVerificationUrl() {
    return verificationUrl;
  }

  public String getTemplateVersion() {
    return templateVersion;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevocationReason() {
    return revocationReason;
  }

  public String getSupersededBy() {
    return supersededBy;
  }

  public String getReplaces() {
    return replaces;
  }

  public String getSha256() {
    return sha256;
  }

  public String getIssuer() {
    return issuer;
  }
}
