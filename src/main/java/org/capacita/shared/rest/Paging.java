package org.capacita.shared.rest;

import org.capacita.shared.domain.InvalidInputException;

/**
 * The {@code ?page=&size=} of a list that can grow: pages from 0, at most 500 items a page, and
 * only pages whose rows an {@code int} can count. JPA takes the offset as an {@code int} and
 * EclipseLink adds the page size to it, so {@code page * size} computed unchecked overflowed into a
 * negative offset and a 500; here the last page is the one whose end still fits. The checks are
 * made here rather than by Bean Validation on the parameters, which Payara's OpenAPI generator
 * cannot read.
 */
public record Paging(int page, int size) {

  public static final int MAX_SIZE = 500;

  public Paging {
    check(page, size);
  }

  /**
   * The paging of a request. Resources take the parameters as {@code long}, so that any number a
   * client writes gets this message with its range, not a type's.
   */
  public static Paging of(long page, long size) {
    check(page, size);
    return new Paging((int) page, (int) size);
  }

  /** The highest page number for pages of {@code size}: its last row is at most int's maximum. */
  public static int lastPage(int size) {
    return Integer.MAX_VALUE / size - 1;
  }

  /** The offset of the page's first row; cannot overflow, as the page is at most the last one. */
  public int first() {
    return page * size;
  }

  private static void check(long page, long size) {
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "problem.field.size", MAX_SIZE);
    }
    int last = lastPage((int) size);
    if (page < 0 || page > last) {
      throw new InvalidInputException("page", "problem.field.page", last, size);
    }
  }
}
