package org.capacita.people.importing;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * A check or import of an uploaded file running in the background, and how far it has come: rows
 * done out of the rows the file is known to hold, or else bytes read out of the file's size (CSV),
 * or no fraction at all (an .xlsx file being checked).
 */
public final class ImportJob {

  private final ImportMode mode;
  private final long expectedRows;
  private final LongSupplier bytesRead;
  private final long size;
  private final CompletableFuture<ImportReport> outcome = new CompletableFuture<>();
  private volatile long rowsDone;

  ImportJob(ImportMode mode, long expectedRows, LongSupplier bytesRead, long size) {
    this.mode = mode;
    this.expectedRows = expectedRows;
    this.bytesRead = bytesRead;
    this.size = size;
  }

  public ImportMode mode() {
    return mode;
  }

  public long rowsDone() {
    return rowsDone;
  }

  /** Percent done, 0 to 99 while running (100 only once finished), or -1 when unknown. */
  public int percent() {
    if (isDone()) {
      return 100;
    }
    double fraction;
    if (expectedRows > 0) {
      fraction = (double) rowsDone / expectedRows;
    } else if (bytesRead != null && size > 0) {
      fraction = (double) bytesRead.getAsLong() / size;
    } else {
      return -1;
    }
    return (int) Math.min(99, Math.max(0, Math.floor(fraction * 100)));
  }

  public boolean isDone() {
    return outcome.isDone();
  }

  /** The report once finished; empty while running and when the job failed. */
  public Optional<ImportReport> report() {
    return outcome.isDone() && !outcome.isCompletedExceptionally()
        ? Optional.of(outcome.join())
        : Optional.empty();
  }

  /** Why the job failed, once it has. */
  public Optional<Throwable> failure() {
    if (!outcome.isCompletedExceptionally()) {
      return Optional.empty();
    }
    return Optional.of(outcome.handle((report, failure) -> failure).join());
  }

  void progress(long rows) {
    rowsDone = rows;
  }

  void finish(ImportReport report) {
    outcome.complete(report);
  }

  void fail(Throwable failure) {
    outcome.completeExceptionally(failure);
  }
}
