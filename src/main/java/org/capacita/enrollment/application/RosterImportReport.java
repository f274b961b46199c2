package org.capacita.enrollment.application;

import java.io.Serializable;
import java.util.List;
import org.capacita.people.importing.RowError;
import org.capacita.people.importing.RowOutcome;

/**
 * What enrolling the people of a file came to, or would come to in a preview: counts, each row's
 * person and place, and the rows' errors. With any error nothing was stored.
 */
public record RosterImportReport(
    long rows,
    long enrolled,
    long waitlisted,
    long alreadyEnrolled,
    long created,
    List<Line> lines,
    List<RowError> errors,
    boolean stored)
    implements Serializable {

  /** What a row's person becomes in the workshop. */
  public enum Place {
    ENROLLED,
    WAITLISTED,
    ALREADY_ENROLLED,
    REPEATED,
    NONE
  }

  /** One row: its person (registered, new, a repeat, an error), the place and its errors. */
  public record Line(
      long row, String name, RowOutcome.Kind person, Place place, List<RowError> errors)
      implements Serializable {}
}
