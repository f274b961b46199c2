package org.capacita.certificates.web;

import java.io.Serializable;
import java.util.Locale;
import java.util.stream.Collectors;
import org.capacita.certificates.domain.Wording;

/** What the certificate template page edits: the four texts, the languages, the logo choice. */
public class TemplateForm implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String BOTH = "es,en";

  private String titleEs;
  private String titleEn;
  private String bodyEs;
  private String bodyEn;
  private String languages = BOTH;
  private String logoChoice = CertificateTemplatesBacking.KEEP;

  void fill(Wording wording) {
    titleEs = wording.titleEs();
    titleEn = wording.titleEn();
    bodyEs = wording.bodyEs();
    bodyEn = wording.bodyEn();
    languages =
        wording
            .printedLanguages()
            .map(list -> list.stream().map(Locale::getLanguage).collect(Collectors.joining(",")))
            .orElse(BOTH);
    logoChoice = CertificateTemplatesBacking.KEEP;
  }

  public String getTitleEs() {
    return titleEs;
  }

  public void setTitleEs(String titleEs) {
    this.titleEs = titleEs;
  }

  public String getTitleEn() {
    return titleEn;
  }

  public void setTitleEn(String titleEn) {
    this.titleEn = titleEn;
  }

  public String getBodyEs() {
    return bodyEs;
  }

  public void setBodyEs(String bodyEs) {
    this.bodyEs = bodyEs;
  }

  public String getBodyEn() {
    return bodyEn;
  }

  public void setBodyEn(String bodyEn) {
    this.bodyEn = bodyEn;
  }

  /** {@code es,en} (both, Spanish first), {@code en,es}, {@code es} or {@code en}. */
  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  /** {@code keep}, {@code none}, or the file name of a shipped logo. */
  public String getLogoChoice() {
    return logoChoice;
  }

  public void setLogoChoice(String logoChoice) {
    this.logoChoice = logoChoice;
  }
}
