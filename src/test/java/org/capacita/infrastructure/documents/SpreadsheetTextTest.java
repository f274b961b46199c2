package org.capacita.infrastructure.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

  @Test
  void shouldKeepFormulasAsText() {
    assertEquals(
        "'=HYPERLINK(\"http://x\",\"y\")", SpreadsheetText.of("=HYPERLINK(\"http://x\",\"y\")"));
    assertEquals("'+1", SpreadsheetText.of("+1"));
    assertEquals("'-2", SpreadsheetText.of("-2"));
    assertEquals("'@SUM(A1)", SpreadsheetText.of("@SUM(A1)"));
    assertEquals("'\t=1", SpreadsheetText.of("\t=1"));
    assertEquals("'\r=1", SpreadsheetText.of("\r=1"));
  }

  @Test
  void shouldLeavePlainTextAlone() {
    assertEquals("Iquique", SpreadsheetText.of("Iquique"));
    assertEquals("", SpreadsheetText.of(null));
    assertEquals("a=b", SpreadsheetText.of("a=b"));
  }
}
