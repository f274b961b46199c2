package org.capacita.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.capacita.attendance.application.ManagedSessions;
import org.capacita.attendance.application.PaperImport;
import org.capacita.attendance.application.PaperImportReport;
import org.capacita.attendance.application.SessionFacts;
import org.capacita.people.importing.RowReader;
import org.capacita.people.importing.RowReaders;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.domain.NotFoundException;
import org.capacita.shared.web.KeptUpload;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code attendance/paper-import.xhtml?workshop=&session=}: upload the codes (or names) of those a
 * marked sign-in sheet shows present, see whom each row names, then mark them all present at once
 * (nothing is stored while a row names nobody). For leads and the workshop's trainers; others 404.
 */
@Named
@ViewScoped
public class PaperImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_BYTES = 2 * 1024 * 1024;

  @Inject private PaperImport imports;
  @Inject private ManagedSessions sessions;
  @Inject private LocaleSelector localeSelector;

  private Long workshop;
  private Integer session;
  private SessionFacts facts;
  private transient Part file;
  private final KeptUpload upload = new KeptUpload();
  private PaperImportReport report;

  public void load() {
    if (workshop == null || session == null) {
      throw new NotFoundException();
    }
    facts = SessionFacts.of(sessions.get(workshop, session), localeSelector.getLocale());
  }

  public void check() {
    if (upload.take(file, MAX_BYTES)) {
      report = run(true);
    }
  }

  public String commit() {
    PaperImportReport done = upload.isKept() ? run(false) : null;
    if (done == null || !done.stored()) {
      report = done;
      PageMessages.error("attendance.paperImport.notDone");
      return null;
    }
    PageMessages.info("attendance.paperImport.done", done.matched(), facts.number());
    return "/attendance/paper-import?faces-redirect=true&workshop="
        + workshop
        + "&session="
        + session;
  }

  private PaperImportReport run(boolean preview) {
    try (RowReader reader = RowReaders.open(upload.open(), upload.fileName())) {
      return imports.run(workshop, session, reader, preview);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
    } catch (IOException e) {
      PageMessages.error("import.file.unreadable");
    }
    upload.forget();
    return null;
  }

  public boolean isChecked() {
    return report != null && upload.isKept();
  }

  public PaperImportReport getReport() {
    return report;
  }

  public List<PaperImportReport.Line> getLines() {
    return report == null ? List.of() : report.lines();
  }

  public SessionFacts getFacts() {
    return facts;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public Long getWorkshop() {
    return workshop;
  }

  public void setWorkshop(Long workshop) {
    this.workshop = workshop;
  }

  public Integer getSession() {
    return session;
  }

  public void setSession(Integer session) {
    this.session = session;
  }
}
