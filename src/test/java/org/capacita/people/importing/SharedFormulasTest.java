package org.capacita.people.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Moving the references of a shared formula from its master cell to another cell. */
class SharedFormulasTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "A1*2|1|0|A2*2",
        "SUM(A1:B2)|2|1|SUM(B3:C4)",
        "$A1+A$1+$A$1|1|1|$A2+B$1+$A$1",
        "LOG10(A1)+ATAN2(B1,C1)|1|0|LOG10(A2)+ATAN2(B2,C2)",
        "Sheet1!A1+'My Sheet'!B2|1|0|Sheet1!A2+'My Sheet'!B3",
        "`\"A1\"&A1&\"it\"\"s B2\"`|1|0|`\"A1\"&A2&\"it\"\"s B2\"`",
        "1E5+A1|1|0|1E5+A2",
        "Table1[[#This Row],[B2]]+B2|1|0|Table1[[#This Row],[B2]]+B3",
        "A2-1|-2|0|#REF!-1",
        "ZZZ1+XFD1|1|0|ZZZ1+XFD2"
      })
  void shouldMoveRelativeReferencesOnly(String master, long rows, int columns, String expected) {
    assertEquals(expected, SharedFormulas.shift(master, rows, columns));
  }
}
