package org.capacita.shared.web;

/**
 * Which part of a long list a page shows: its 1-based {@code page} of {@code size} rows among
 * {@code total}. A page number past the end shows the last page; anything unreadable, the first.
 */
public record PageWindow(int page, int size, long total) {

  public PageWindow {
    if (size < 1) {
      throw new IllegalArgumentException("size " + size);
    }
    page = (int) Math.max(1, Math.min(page, lastPage(size, total)));
  }

  /** The window the request's {@code page} parameter asks for. */
  public static PageWindow of(String page, int size, long total) {
    int asked = 1;
    if (page != null && page.matches("\\d{1,9}")) {
      asked = Integer.parseInt(page);
    }
    return new PageWindow(asked, size, total);
  }

  private static long lastPage(int size, long total) {
    return Math.max(1, (total + size - 1) / size);
  }

  /** The offset of the first row shown. */
  public int first() {
    return (page - 1) * size;
  }

  /** The first row shown, counted from 1 (0 when there is none). */
  public long from() {
    return total == 0 ? 0 : first() + 1L;
  }

  /** The last row shown, counted from 1. */
  public long to() {
    return Math.min(total, (long) page * size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < lastPage(size, total);
  }

  /** Whether the list needs more than one page (the pager is shown). */
  public boolean isLong() {
    return total > size;
  }
}
