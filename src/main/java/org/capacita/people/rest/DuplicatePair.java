package org.capacita.people.rest;

import org.capacita.people.domain.DuplicateCandidate;

/** A pair in the duplicates queue: the two person ids and how alike they are (0..1). */
public record DuplicatePair(long a, long b, double score) {

  static DuplicatePair of(DuplicateCandidate candidate) {
    return new DuplicatePair(
        candidate.getPersonA().getId(), candidate.getPersonB().getId(), candidate.getScore());
  }
}
