package org.capacita.attendance.application;

import java.io.Serializable;
import java.util.List;

/**
 * What a paper import found, row by row: whom each row names (by sheet code or by name) or why it
 * names nobody; {@code stored} when the marks were written (never with a row in error).
 */
public record PaperImportReport(List<Line> lines, boolean stored) implements Serializable {

  /** Why a row does or does not mark someone present. */
  public enum Outcome {
    MATCHED,
    REPEATED,
    UNKNOWN_CODE,
    NOT_ON_ROSTER,
    AMBIGUOUS,
    EMPTY;

    public boolean isError() {
      return this != MATCHED && this != REPEATED;
    }
  }

  /** A row of the file: its number, what it says, the person it names (if any) and the outcome. */
  public record Line(
      long row, String code, String name, Long personId, String person, Outcome outcome)
      implements Serializable {}

  public long rows() {
    return lines.size();
  }

  public long matched() {
    return lines.stream().filter(l -> l.outcome() == Outcome.MATCHED).count();
  }

  public long errors() {
    return lines.stream().filter(l -> l.outcome().isError()).count();
  }
}
