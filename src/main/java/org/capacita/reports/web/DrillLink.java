package org.capacita.reports.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.capacita.reports.domain.Dimension;

/**
 * The address of the people behind a number ({@code reports/people.xhtml}): the report's own
 * parameters, the number's cell as {@code at.<filter>=<value>} (an empty value for "none", such as
 * the venue of online completions), and the page to go back to.
 */
public final class DrillLink {

  /** The prefix of a cell's parameters. */
  static final String AT = "at.";

  private DrillLink() {}

  /** The query string of the drill-down into {@code cell} of the report at {@code address}. */
  public static String of(ReportAddress address, Map<Dimension, String> cell, String back) {
    Map<String, String> values = new LinkedHashMap<>(address.parameters());
    values.remove("suppress");
    cell.forEach(
        (dimension, value) -> values.put(AT + dimension.filterName(), value == null ? "" : value));
    values.put("back", back);
    return ReportAddress.queryString(values);
  }
}
