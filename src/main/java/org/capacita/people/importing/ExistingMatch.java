package org.capacita.people.importing;

import java.io.Serializable;

/**
 * A row whose person is registered already: which person it is, and what the row would add to the
 * record, offered as an update (never applied unasked). {@code email} and {@code position} are the
 * row's values where they are given and differ from the record's, else null; {@code
 * registeredEmail} and {@code registeredPosition} are the record's.
 */
public record ExistingMatch(
    long row,
    String rowName,
    long personId,
    String personName,
    String email,
    String registeredEmail,
    String position,
    String registeredPosition)
    implements Serializable {

  /** Whether the row holds an e-mail or a position the record does not have. */
  public boolean offersUpdate() {
    return email != null || position != null;
  }
}
