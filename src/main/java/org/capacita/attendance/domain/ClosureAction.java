package org.capacita.attendance.domain;

/** What happened to a workshop's closure: closed by a person, closed by itself, re-opened. */
public enum ClosureAction {
  CLOSED,
  AUTO_CLOSED,
  REOPENED
}
