package org.capacita.people.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.io.input.BoundedInputStream;
import org.capacita.infrastructure.concurrency.Background;

/**
 * Runs a check or an import of an uploaded file in the background ({@link Background}), so that the
 * page can show a progress bar while a large file is processed. The caller's identity travels with
 * the task, so the import's role check applies as for a direct call.
 */
@ApplicationScoped
public class ImportJobs {

  @Inject private Background background;
  @Inject private PersonImport imports;

  /**
   * Starts reading {@code file} (named {@code fileName} by the user) in {@code mode}; {@code
   * expectedRows} is the file's row count when a check told it, else 0. With {@code
   * updateExisting}, registered persons take the new e-mails and positions their rows offer.
   */
  public ImportJob start(
      Path file,
      String fileName,
      Locale locale,
      ImportMode mode,
      long expectedRows,
      boolean updateExisting)
      throws IOException {
    long size = Files.size(file);
    BoundedInputStream counted =
        BoundedInputStream.builder().setInputStream(Files.newInputStream(file)).get();
    boolean csv = !fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    ImportJob job = new ImportJob(mode, expectedRows, csv ? counted::getCount : null, size);
    background.run(() -> run(job, counted, fileName, locale, updateExisting));
    return job;
  }

  private void run(
      ImportJob job, InputStream input, String fileName, Locale locale, boolean updateExisting) {
    try (RowReader reader = RowReaders.open(input, fileName)) {
      job.finish(
          imports.run(reader, locale, job.mode(), job::progress, outcome -> {}, updateExisting));
    } catch (IOException | RuntimeException e) {
      job.fail(e);
    }
  }
}
