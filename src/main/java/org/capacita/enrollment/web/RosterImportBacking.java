package org.capacita.enrollment.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.capacita.enrollment.application.RosterImport;
import org.capacita.enrollment.application.RosterImportReport;
import org.capacita.people.importing.RowReader;
import org.capacita.people.importing.RowReaders;
import org.capacita.scheduling.web.WorkshopFactsBacking;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.KeptUpload;
import org.capacita.shared.web.PageMessages;

/**
 * The "enrol from a file" section of {@code workshops/workshop.xhtml}: upload a file of the people
 * import's template, see row by row who is registered, who would be created and where each would be
 * placed, then enrol them all (nothing is stored if a row has errors).
 */
@Named
@ViewScoped
public class RosterImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A workshop's list of people is far smaller than a registry import. */
  static final int MAX_BYTES = 2 * 1024 * 1024;

  @Inject private RosterImport imports;
  @Inject private WorkshopFactsBacking page;

  private transient Part file;
  private final KeptUpload upload = new KeptUpload();
  private RosterImportReport report;

  public void check() {
    if (upload.take(file, MAX_BYTES)) {
      report = run(true);
    }
  }

  public String enrol() {
    if (!upload.isKept()) {
      PageMessages.error("people.import.chooseFile");
      return null;
    }
    RosterImportReport done = run(false);
    if (done == null || !done.stored()) {
      report = done;
      PageMessages.error("workshop.import.notDone");
      return null;
    }
    PageMessages.info(
        "workshop.import.done",
        done.enrolled(),
        done.waitlisted(),
        done.alreadyEnrolled(),
        done.created());
    return page.page();
  }

  private RosterImportReport run(boolean preview) {
    try (RowReader reader = RowReaders.open(upload.open(), upload.fileName())) {
      return imports.run(
          page.getId(),
          reader,
          FacesContext.getCurrentInstance().getViewRoot().getLocale(),
          preview);
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

  public RosterImportReport getReport() {
    return report;
  }

  public List<RosterImportReport.Line> getLines() {
    return report == null ? List.of() : report.lines();
  }

  public String getFileName() {
    return upload.fileName();
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
