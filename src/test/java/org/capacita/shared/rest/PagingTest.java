package org.capacita.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.capacita.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void shouldGiveTheOffsetOfTheLastPageWhoseRowsAnIntCounts() {
    Paging last = Paging.of(4_294_966, 500);

    assertEquals(2_147_483_000, last.first());
    assertEquals(4_294_966, Paging.lastPage(500));
    assertEquals(Integer.MAX_VALUE - 1, Paging.lastPage(1));
    assertEquals(0, Paging.of(0, 50).first());
    assertEquals(150, Paging.of(3, 50).first());
  }

  @Test
  void shouldRefuseAPageWhoseOffsetWouldOverflowNamingTheRange() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Paging.of(4_294_968, 500));

    assertEquals("page", refused.getField());
    assertEquals("problem.field.page", refused.getMessageKey());
    assertEquals(4_294_966, refused.getArguments()[0]);
    assertEquals(500L, refused.getArguments()[1]);
    assertEquals("page", fieldOf(() -> Paging.of(4_294_967, 500)));
    assertEquals("page", fieldOf(() -> Paging.of(Integer.MAX_VALUE, 50)));
    assertEquals("page", fieldOf(() -> Paging.of(Long.MAX_VALUE, 1)));
    assertEquals("page", fieldOf(() -> Paging.of(-1, 50)));
    assertEquals("page", fieldOf(() -> new Paging(Integer.MAX_VALUE, 50)));
  }

  @Test
  void shouldRefuseASizeOutsideOneTo500BeforeLookingAtThePage() {
    assertEquals("size", fieldOf(() -> Paging.of(0, 0)));
    assertEquals("size", fieldOf(() -> Paging.of(0, 501)));
    assertEquals("size", fieldOf(() -> Paging.of(Long.MAX_VALUE, 4_294_967_346L)));
    assertEquals("size", fieldOf(() -> Paging.of(-1, -1)));
  }

  private static String fieldOf(Runnable paging) {
    return assertThrows(InvalidInputException.class, paging::run).getField();
  }
}
