package org.capacita.people.application;

import java.util.Map;
import org.capacita.shared.domain.ConflictException;

/** The person is in the registry already: same national ID in the same country. */
public class DuplicatePersonException extends ConflictException {

  private static final long serialVersionUID = 1L;

  private final long duplicateOf;

  public DuplicatePersonException(long duplicateOf) {
    super("nationalId", "person.nationalId.taken", duplicateOf);
    this.duplicateOf = duplicateOf;
  }

  public long getDuplicateOf() {
    return duplicateOf;
  }

  @Override
  public Map<String, Object> problemMembers() {
    return Map.of("duplicateOf", duplicateOf);
  }
}
