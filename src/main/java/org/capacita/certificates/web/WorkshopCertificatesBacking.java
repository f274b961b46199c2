package org.capacita.certificates.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.capacita.certificates.application.IssueJobs;
import org.capacita.certificates.application.VerificationAddress;
import org.capacita.certificates.application.WorkshopCertificates;
import org.capacita.certificates.domain.IssueJob;
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
  @Inject private IssueJobs jobs;
  @Inject private VerificationAddress address;
  @Inject private LocaleSelector localeSelector;

  private List<CertificateRow> rows = List.of();
  private boolean shown;
  private Long jobId;
  private IssueJob job;
  private boolean mailHolders;
  private long mailed;

  @PostConstruct
  void load() {
    if (page.getId() == null || !page.isManages() || page.getWorkshop() == null) {
      return;
    }
    shown = "CLOSED".equals(page.getWorkshop().status());
    if (shown) {
      rows();
    }
  }

  private void rows() {
    Locale locale = localeSelector.getLocale();
    LocalDate today = LocalDate.now();
    rows =
        certificates.of(page.getId()).stream()
            .map(c -> CertificateRow.of(c, today, locale))
            .toList();
  }

  /** Starts issuing in the background; the card then shows how far it got. */
  public String issue() {
    var site = address.current();
    if (site.isEmpty()) {
      PageMessages.error("site.address.unknown");
      return null;
    }
    jobId = jobs.start(page.getId(), site.get(), mailHolders);
    refresh();
    return null;
  }

  /** The poll while a run goes on: its progress, and the list and the outcome once it is done. */
  public void refresh() {
    if (jobId == null) {
      return;
    }
    job = jobs.find(jobId);
    if (!job.isRunning()) {
      rows();
      mailed = job.isMailHolders() ? certificates.mailed(page.getId()) : 0;
    }
  }

  /**
   * How many holders are mailed their certificate, once the run finished: shown in the card with
   * the run's outcome (not as a page message, which a poll answered after the last would clear).
   */
  public long getMailed() {
    return mailed;
  }

  /** The run started on this page, or null. */
  public IssueJob getJob() {
    return job;
  }

  /** The workshop, for the archive's address. */
  public Long getWorkshopId() {
    return page.getId();
  }

  /** Whether the run e-mails each holder their certificate (once ever each). */
  public boolean isMailHolders() {
    return mailHolders;
  }

  public void setMailHolders(boolean mailHolders) {
    this.mailHolders = mailHolders;
  }

  public boolean isShown() {
    return shown;
  }

  public List<CertificateRow> getRows() {
    return rows;
  }
}
