package org.capacita.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageWindowTest {

  @Test
  void shouldShowTheRowsOfTheAskedPage() {
    PageWindow second = PageWindow.of("2", 50, 120);
    assertEquals(50, second.first());
    assertEquals(51, second.from());
    assertEquals(100, second.to());
    assertTrue(second.hasPrevious() && second.hasNext() && second.isLong());
  }

  @Test
  void shouldShowTheLastPageForAPagePastTheEndAndTheFirstForAnUnreadableOne() {
    PageWindow last = PageWindow.of("9", 50, 120);
    assertEquals(3, last.page());
    assertEquals(101, last.from());
    assertEquals(120, last.to());
    assertFalse(last.hasNext());
    assertEquals(1, PageWindow.of("-1", 50, 120).page());
    assertEquals(1, PageWindow.of("x", 50, 120).page());
    assertEquals(1, PageWindow.of("99999999999", 50, 120).page());
    assertEquals(1, PageWindow.of(null, 50, 120).page());
  }

  @Test
  void shouldShowNothingOfAnEmptyListOnOneShortPage() {
    PageWindow empty = PageWindow.of("3", 50, 0);
    assertEquals(1, empty.page());
    assertEquals(0, empty.from());
    assertEquals(0, empty.to());
    assertFalse(empty.isLong() || empty.hasNext() || empty.hasPrevious());
  }
}
