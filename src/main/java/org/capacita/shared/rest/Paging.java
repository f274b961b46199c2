package org.capacita.shared.rest;

import org.capacita.shared.domain.InvalidInputException;

/**
 * The {@code ?page=&size=} of a list that can grow: pages from 0, at most 500 items a page. The
 * checks are made here rather than by Bean Validation on the parameters, which Payara's OpenAPI
 * generator cannot read.
 */
public record Paging(int page, int size) {

  public static final int MAX_SIZE = 500;

  public Paging {
    if (page < 0) {
      throw new InvalidInputException("page", "problem.field.page");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "problem.field.size", MAX_SIZE);
    }
  }

  public int first() {
    return page * size;
  }
}
