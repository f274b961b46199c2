package org.capacita.certificates.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.capacita.certificates.application.HeldCertificates;
import org.capacita.shared.web.LocaleSelector;

/**
 * {@code certificates/my-certificates.xhtml}: the signed-in person's certificates, newest first,
 * each with its status, its PDF, its verification page and an "add to LinkedIn profile" link.
 */
@Named
@RequestScoped
public class MyCertificatesBacking {

  @Inject private HeldCertificates held;
  @Inject private LocaleSelector localeSelector;

  private List<CertificateRow> rows;

  @PostConstruct
  void load() {
    Locale locale = localeSelector.getLocale();
    LocalDate today = LocalDate.now();
    rows = held.mine().stream().map(c -> CertificateRow.of(c, today, locale)).toList();
  }

  public List<CertificateRow> getRows() {
    return rows;
  }
}
