package org.capacita.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.capacita.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class QueryValuesTest {

  @Test
  void shouldReadWholeNumbersWithinTheirRangeOnly() {
    assertEquals(4_294_968, QueryValues.wholeNumber("page", "4294968", 0, Long.MAX_VALUE));
    assertEquals(-5, QueryValues.wholeNumber("n", "-5", -10, 10));
    assertEquals(7, QueryValues.wholeNumber("n", "+7", -10, 10));
    assertEquals(Long.MAX_VALUE, whole("9223372036854775807"));

    for (String text :
        new String[] {
          "", " 1", "abc", "1.5", "1.0", "1e3", "0x10", "9223372036854775808", "1_000"
        }) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> whole(text), text);
      assertEquals("page", refused.getField());
      assertEquals("problem.field.wholeNumber", refused.getMessageKey());
      assertEquals("page", refused.getArguments()[0]);
      assertEquals(Long.MIN_VALUE, refused.getArguments()[1]);
    }
    assertThrows(
        InvalidInputException.class,
        () -> QueryValues.wholeNumber("size", "2147483648", Integer.MIN_VALUE, Integer.MAX_VALUE));
    assertThrows(InvalidInputException.class, () -> whole("9".repeat(10_000)));
  }

  @Test
  void shouldReadOnlyFiniteDecimalNumbers() {
    assertEquals(0.85, QueryValues.finiteNumber("minScore", "0.85"));
    assertEquals(0.001, QueryValues.finiteNumber("minScore", "1e-3"));
    assertEquals(2.0, QueryValues.finiteNumber("minScore", "2"));

    for (String text :
        new String[] {"NaN", "Infinity", "-Infinity", "1e400", "0x1p-1", "1d", "0.5f", "", "abc"}) {
      InvalidInputException refused =
          assertThrows(
              InvalidInputException.class, () -> QueryValues.finiteNumber("minScore", text), text);
      assertEquals("minScore", refused.getField());
      assertEquals("problem.field.decimalNumber", refused.getMessageKey());
    }
  }

  @Test
  void shouldReadTrueOrFalseAndRefuseAnyOtherWord() {
    assertTrue(QueryValues.flag("partial", "true"));
    assertTrue(QueryValues.flag("partial", "TRUE"));
    assertFalse(QueryValues.flag("partial", "false"));

    for (String text : new String[] {"yes", "1", "on", "", "t"}) {
      InvalidInputException refused =
          assertThrows(InvalidInputException.class, () -> QueryValues.flag("dryRun", text), text);
      assertEquals("dryRun", refused.getField());
      assertEquals("problem.field.flag", refused.getMessageKey());
    }
  }

  private static long whole(String text) {
    return QueryValues.wholeNumber("page", text, Long.MIN_VALUE, Long.MAX_VALUE);
  }
}
