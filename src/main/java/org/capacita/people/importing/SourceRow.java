package org.capacita.people.importing;

import java.util.List;

/**
 * One data row of a file: its line or row number as the user sees it in their editor (the header is
 * row 1) and its cells in header order (missing cells are empty strings).
 */
public record SourceRow(long number, List<String> cells) {

  public String cell(int column) {
    return column < cells.size() ? cells.get(column) : "";
  }
}
