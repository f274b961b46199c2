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
  private ExistingMatch match;

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

  /** The registered person this row is, by its id, names and contact details as recorded. */
  void markExisting(long personId, String personName, String email, String position) {
    existingId = personId;
    match =
        new ExistingMatch(
            number,
            name(),
            personId,
            personName,
            differing(input.email(), email),
            email,
            differing(input.position(), position),
            position);
  }

  /** What the row says of the registered person, when {@link #isExisting()}. */
  ExistingMatch match() {
    return match;
  }

  /** The row's value where it has one the record lacks; e-mails compared without case. */
  private static String differing(String given, String recorded) {
    if (given == null || given.isBlank()) {
      return null;
    }
    String value = given.strip();
    return value.equalsIgnoreCase(recorded == null ? "" : recorded.strip()) ? null : value;
  }

  /** The row's person as "given family", for a preview; blank parts left out. */
  String name() {
    String given = input.givenNames() == null ? "" : input.givenNames().strip();
    String family = input.familyNames() == null ? "" : input.familyNames().strip();
    return (given + " " + family).strip();
  }
}
