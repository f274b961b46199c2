package org.capacita.learning.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.capacita.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class PaperTest {

  private static final Paper PAPER =
      new Paper(
          List.of(
              new Paper.Served("Q01", List.of(2, 0, 1)), new Paper.Served("Q02", List.of(1, 0))));

  @Test
  void shouldAcceptPositionsThatWereShownAndAnswersLeftOut() {
    assertDoesNotThrow(() -> PAPER.checkPositions(Map.of("Q01", 2, "Q02", 0)));
    assertDoesNotThrow(() -> PAPER.checkPositions(Map.of("Q02", 1, "Q99", 7)));
  }

  @Test
  void shouldRefuseAPositionThatWasNotShownNamingTheQuestionAndItsRange() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> PAPER.checkPositions(Map.of("Q02", 2)));

    assertEquals("answers", refused.getField());
    assertEquals("learning.test.noSuchOption", refused.getMessageKey());
    assertEquals(List.of("Q02", 1, 2), List.of(refused.getArguments()));
    assertThrows(InvalidInputException.class, () -> PAPER.checkPositions(Map.of("Q01", -1)));
  }
}
