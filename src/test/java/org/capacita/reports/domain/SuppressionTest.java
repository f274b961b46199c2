package org.capacita.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  private static List<List<String>> oneDimension(int n) {
    List<List<String>> keys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      keys.add(List.of("c" + i));
    }
    return keys;
  }

  @Test
  void shouldHideASecondCellWhenOnlyOneIsBelowTheThreshold() {
    Suppression.Hidden hidden = Suppression.of(oneDimension(4), List.of(2L, 40L, 12L, 30L), 84, 5);
    assertTrue(hidden.cell(0), "the small cell");
    assertTrue(hidden.cell(2), "and the next smallest, so the total does not give it away");
    assertFalse(hidden.cell(1));
    assertFalse(hidden.cell(3));
    assertFalse(hidden.total());
  }

  @Test
  void shouldLeaveTwoSmallCellsAsTheyAre() {
    Suppression.Hidden hidden = Suppression.of(oneDimension(3), List.of(2L, 3L, 50L), 55, 5);
    assertTrue(hidden.cell(0));
    assertTrue(hidden.cell(1));
    assertFalse(hidden.cell(2));
  }

  @Test
  void shouldHideTheTotalOfASingleSmallRow() {
    Suppression.Hidden hidden = Suppression.of(oneDimension(1), List.of(3L), 3, 5);
    assertTrue(hidden.cell(0));
    assertTrue(hidden.total());
  }

  @Test
  void shouldHideNothingAtOrAboveTheThreshold() {
    Suppression.Hidden hidden = Suppression.of(oneDimension(2), List.of(5L, 9L), 14, 5);
    assertFalse(hidden.cell(0));
    assertFalse(hidden.cell(1));
    assertFalse(hidden.total());
  }

  @Test
  void shouldProtectEveryRowAndColumnOfATwoDimensionTable() {
    // sectors x cities: health/Arica = 2 is small
    String[][] cells = {
      {"health", "Arica", "2"}, {"health", "Iquique", "20"}, {"health", "Santiago", "30"},
      {"police", "Arica", "15"}, {"police", "Iquique", "25"}, {"police", "Santiago", "9"},
      {"justice", "Arica", "11"}, {"justice", "Iquique", "8"}, {"justice", "Santiago", "40"}
    };
    List<List<String>> keys = new ArrayList<>();
    List<Long> counts = new ArrayList<>();
    for (String[] cell : cells) {
      keys.add(List.of(cell[0], cell[1]));
      counts.add(Long.parseLong(cell[2]));
    }
    long total = counts.stream().mapToLong(Long::longValue).sum();
    Suppression.Hidden hidden = Suppression.of(keys, counts, total, 5);
    assertTrue(hidden.cell(0));
    assertNoMarginGivesAHiddenCellAway(keys, hidden);
  }

  @Test
  void shouldProtectRandomTablesByEveryMargin() {
    java.util.Random random = new java.util.Random(15);
    for (int run = 0; run < 200; run++) {
      List<List<String>> keys = new ArrayList<>();
      List<Long> counts = new ArrayList<>();
      int rows = 1 + random.nextInt(5);
      int columns = 1 + random.nextInt(5);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < columns; c++) {
          keys.add(List.of("r" + r, "c" + c));
          counts.add((long) random.nextInt(12));
        }
      }
      long total = counts.stream().mapToLong(Long::longValue).sum();
      Suppression.Hidden hidden = Suppression.of(keys, counts, total, 5);
      for (int i = 0; i < counts.size(); i++) {
        if (counts.get(i) > 0 && counts.get(i) < 5) {
          assertTrue(hidden.cell(i), "every small cell is hidden");
        }
      }
      if (rows > 1 && columns > 1) {
        assertNoMarginGivesAHiddenCellAway(keys, hidden);
      }
    }
  }

  /** In every row and column, no cell is the only hidden one. */
  private static void assertNoMarginGivesAHiddenCellAway(
      List<List<String>> keys, Suppression.Hidden hidden) {
    for (int d = 0; d < 2; d++) {
      Map<String, Integer> hiddenPerLine = new HashMap<>();
      Map<String, Integer> cellsPerLine = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        String line = keys.get(i).get(1 - d);
        cellsPerLine.merge(line, 1, Integer::sum);
        if (hidden.cell(i)) {
          hiddenPerLine.merge(line, 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> line : hiddenPerLine.entrySet()) {
        if (cellsPerLine.get(line.getKey()) > 1) {
          assertFalse(line.getValue() == 1, "line " + line.getKey() + " has one hidden cell only");
        }
      }
    }
  }

  @Test
  void shouldPreferASmallNonZeroPartner() {
    Suppression.Hidden hidden = Suppression.of(oneDimension(4), List.of(1L, 0L, 7L, 20L), 28, 5);
    assertTrue(hidden.cell(2));
    assertFalse(hidden.cell(1));
    assertEquals(false, hidden.cell(3));
  }
}
