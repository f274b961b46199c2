package org.capacita.certificates.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.capacita.certificates.application.VerificationAddress;
import org.capacita.certificates.application.WorkshopCertificates;
import org.capacita.certificates.application.WorkshopCertificates.IssueReport;
import org.capacita.scheduling.web.WorkshopFactsBacking;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * The certificates card of {@code workshops/workshop.xhtml}, for those who manage a closed
 * workshop: the certificates issued for its completions and a button that issues the missing ones
 * (again: nothing new).
 */
@Named
@ViewScoped
public class WorkshopCertificatesBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkshopFactsBacking page;
  @Inject private WorkshopCertificates certificates;
  @Inject private VerificationAddress address;
  @Inject private LocaleSelector localeSelector;

  private List<CertificateRow> rows = List.of();
  private boolean shown;

  @PostConstruct
  void load() {
    if (page.getId() == null || !page.isManages() || page.getWorkshop() == null) {
      return;
    }
    shown = "CLOSED".equals(page.getWorkshop().status());
    if (shown) {
      Locale locale = localeSelector.getLocale();
      LocalDate today = LocalDate.now();
      rows =
          certificates.of(page.getId()).stream()
              .map(c -> CertificateRow.of(c, today, locale))
              .toList();
    }
  }

  public String issue() {
    var site = address.current();
    if (site.isEmpty()) {
      PageMessages.error("site.address.unknown");
      return null;
    }
    IssueReport report = certificates.issue(page.getId(), site.get());
    PageMessages.info(
        "certificates.workshop.issued", report.issued().size(), report.alreadyIssued());
    return page.page();
  }

  /** The workshop, for the archive's address. */
  public Long getWorkshopId() {
    return page.getId();
  }

  public boolean isShown() {
    return shown;
  }

  public List<CertificateRow> getRows() {
    return rows;
  }
}
