package org.capacita.reports.domain;

import java.util.List;

/** One page of the people behind a number; {@code total} equals the cell's people count. */
public record DrillPage(List<DrillPerson> items, long total) {

  public DrillPage {
    items = List.copyOf(items);
  }
}
