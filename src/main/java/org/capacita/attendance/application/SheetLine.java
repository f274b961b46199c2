package org.capacita.attendance.application;

/**
 * One person on a session's sign-in sheet: their names as registered, institution and code. The
 * sheet, sorted by family name, prints {@link #listed()}: "family names, given names".
 */
public record SheetLine(
    long personId, String givenNames, String familyNames, String institution, String code) {

  /** "given family", as pages name people. */
  public String name() {
    return givenNames + " " + familyNames;
  }

  public String listed() {
    return familyNames + ", " + givenNames;
  }
}
