package org.capacita.people.web;

import org.capacita.shared.domain.NotFoundException;

/** The {@code person} parameter of the registry's pages: a record id, or absent. */
final class PersonParameter {

  private PersonParameter() {}

  /** The id, null when absent or blank; anything else that is not an id is a 404. */
  static Long of(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
  }
}
