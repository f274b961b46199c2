package org.capacita.people.importing;

import java.util.List;
import org.capacita.people.application.PersonInput;

/** A row after checking: its input, its errors, and the keys it is matched by. */
final class CheckedRow {

  private final long number;
  private final PersonInput input;
  private final List<RowError> errors;
  private final String nationalIdKey;
  private final String identity;
  private Long existingId;

  CheckedRow(
      long number,
      PersonInput input,
      List<RowError> errors,
      String nationalIdKey,
      String identity) {
    this.number = number;
    this.input = input;
    this.errors = errors;
    this.nationalIdKey = nationalIdKey;
    this.identity = identity;
  }

  long number() {
    return number;
  }

  PersonInput input() {
    return input;
  }

  List<RowError> errors() {
    return errors;
  }

  String nationalIdKey() {
    return nationalIdKey;
  }

  String identity() {
    return identity;
  }

  boolean isExisting() {
    return existingId != null;
  }

  /** The registered person this row is, when {@link #isExisting()}. */
  Long existingId() {
    return existingId;
  }

  void markExisting(long personId) {
    existingId = personId;
  }

  /** The row's person as "given family", for a preview; blank parts left out. */
  String name() {
    String given = input.givenNames() == null ? "" : input.givenNames().strip();
    String family = input.familyNames() == null ? "" : input.familyNames().strip();
    return (given + " " + family).strip();
  }
}
