package org.capacita.people.domain;

/** Sex as recorded for disaggregated reports: female, male, other, not stated. */
public enum Sex {
  F,
  M,
  X,
  U
}
