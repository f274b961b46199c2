package org.capacita.people.web;

import jakarta.annotation.PreDestroy;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.capacita.people.importing.ImportJob;
import org.capacita.people.importing.ImportJobs;
import org.capacita.people.importing.ImportMode;
import org.capacita.people.importing.ImportReport;
import org.capacita.people.importing.RowError;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code people/import.xhtml}: upload a file, see what it would do row by row (errors, and which
 * registered person each matched row is), then import it (all rows, or the valid ones), optionally
 * updating registered persons with the file's new e-mails and positions. After the import its
 * report stays, listing the rows that were skipped. Checking and importing run in the background
 * while the page shows a progress bar; the upload is kept in a temporary file until the page is
 * left.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ImportBacking.class.getName());

  @Inject private ImportJobs jobs;
  @Inject private LocaleSelector localeSelector;

  private transient Part file;
  private Path upload;
  private String fileName;
  private ImportReport report;
  private boolean imported;
  private boolean updateExisting;
  private transient ImportJob job;

  public void check() {
    if (file == null || file.getSize() == 0) {
      PageMessages.error("people.import.chooseFile");
      return;
    }
    try (InputStream input = file.getInputStream()) {
      discardUpload();
      upload = Files.createTempFile("capacita-import-", ".upload");
      Files.copy(input, upload, StandardCopyOption.REPLACE_EXISTING);
      fileName = file.getSubmittedFileName() == null ? "" : file.getSubmittedFileName();
    } catch (IOException e) {
      PageMessages.error("import.file.unreadable");
      return;
    }
    report = null;
    imported = false;
    updateExisting = false;
    start(ImportMode.CHECK);
  }

  public void importAll() {
    start(ImportMode.ALL_OR_NOTHING);
  }

  public void importValid() {
    start(ImportMode.VALID_ROWS);
  }

  /** Called by the page's poll: once the job is over, shows what it came to. */
  public void refresh() {
    if (job == null || !job.isDone()) {
      return;
    }
    ImportJob finished = job;
    job = null;
    finished.report().ifPresent(result -> show(finished.mode(), result));
    finished.failure().ifPresent(this::show);
  }

  private void start(ImportMode mode) {
    if (upload == null) {
      PageMessages.error("people.import.chooseFile");
      return;
    }
    long expected = report == null ? 0 : report.rows();
    try {
      job =
          jobs.start(
              upload,
              fileName,
              localeSelector.getLocale(),
              mode,
              expected,
              mode != ImportMode.CHECK && updateExisting);
    } catch (IOException e) {
      PageMessages.error("import.file.unreadable");
    }
  }

  private void show(ImportMode mode, ImportReport result) {
    if (mode == ImportMode.CHECK) {
      report = result;
    } else if (result.written()) {
      PageMessages.info("people.import.done", result.created(), result.matched());
      if (result.updated() > 0) {
        PageMessages.info("people.import.updated", result.updated());
      }
      discardUpload();
      report = result;
      imported = true;
    } else {
      PageMessages.error("people.import.notDone");
      report = result;
    }
  }

  private void show(Throwable failure) {
    Throwable cause = failure;
    while (cause != null && !(cause instanceof BusinessRuleException)) {
      cause = cause.getCause();
    }
    if (cause instanceof BusinessRuleException rule) {
      PageMessages.error(rule);
    } else {
      LOG.log(Level.WARNING, "Import failed", failure);
      PageMessages.error("import.file.unreadable");
    }
    report = null;
  }

  @PreDestroy
  void discardUpload() {
    if (upload != null) {
      try {
        Files.deleteIfExists(upload);
      } catch (IOException e) {
        upload.toFile().deleteOnExit();
      }
      upload = null;
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public ImportReport getReport() {
    return report;
  }

  public List<RowError> getErrors() {
    return report == null ? List.of() : report.errors();
  }

  public boolean isChecked() {
    return report != null && upload != null && job == null;
  }

  /** Whether the report shown is of an import done, whose skipped rows are still listed. */
  public boolean isImported() {
    return imported && report != null && job == null;
  }

  public boolean isUpdateExisting() {
    return updateExisting;
  }

  public void setUpdateExisting(boolean updateExisting) {
    this.updateExisting = updateExisting;
  }

  public boolean isRunning() {
    return job != null;
  }

  public boolean isImporting() {
    return job != null && job.mode() != ImportMode.CHECK;
  }

  public int getPercent() {
    return job == null ? 100 : job.percent();
  }

  public long getRowsDone() {
    return job == null ? 0 : job.rowsDone();
  }
}
