package org.capacita.learning.domain;

/** The test before the first lesson and the test after the last one. */
public enum TestKind {
  PRE,
  POST
}
