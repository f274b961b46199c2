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
import org.capacita.people.importing.ImportMode;
import org.capacita.people.importing.ImportReport;
import org.capacita.people.importing.PersonImport;
import org.capacita.people.importing.RowError;
import org.capacita.people.importing.RowReader;
import org.capacita.people.importing.RowReaders;
import org.capacita.shared.domain.BusinessRuleException;
import org.capacita.shared.web.LocaleSelector;
import org.capacita.shared.web.PageMessages;

/**
 * {@code people/import.xhtml}: upload a file, see what it would do row by row, then import it (all
 * rows, or the valid ones). The upload is kept in a temporary file until the page is left.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PersonImport imports;
  @Inject private LocaleSelector localeSelector;

  private transient Part file;
  private Path upload;
  private String fileName;
  private ImportReport report;

  public void check() {
    if (file == null || file.getSize() == 0) {
      PageMessages.error("people.import.chooseFile");
      return;
    }
    try (InputStream input = file.getInputStream()) {
      discardUpload();
      upload = Files.createTempFile("capacita-import-", ".upload");
      Files.copy(input, upload, StandardCopyOption.REPLACE_EXISTING);
      fileName = file.getSubmittedFileName();
    } catch (IOException e) {
      PageMessages.error("import.file.unreadable");
      return;
    }
    report = run(ImportMode.CHECK);
  }

  public void importAll() {
    finish(run(ImportMode.ALL_OR_NOTHING));
  }

  public void importValid() {
    finish(run(ImportMode.VALID_ROWS));
  }

  private void finish(ImportReport result) {
    if (result == null) {
      return;
    }
    if (result.written()) {
      PageMessages.info("people.import.done", result.created(), result.matched());
      discardUpload();
      report = null;
    } else {
      PageMessages.error("people.import.notDone");
      report = result;
    }
  }

  private ImportReport run(ImportMode mode) {
    if (upload == null) {
      PageMessages.error("people.import.chooseFile");
      return null;
    }
    try (RowReader reader = RowReaders.open(Files.newInputStream(upload), fileName)) {
      return imports.run(reader, localeSelector.getLocale(), mode);
    } catch (BusinessRuleException e) {
      PageMessages.error(e);
    } catch (IOException e) {
      PageMessages.error("import.file.unreadable");
    }
    return null;
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
    return report != null && upload != null;
  }
}
