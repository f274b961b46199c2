package org.capacita.reports.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.ReportQuery;
import org.capacita.shared.domain.InvalidInputException;

/**
 * A report as its address carries it, with the API's names: the period ({@code from}, {@code to},
 * YYYY-MM-DD), up to three dimensions ({@code by=sector,venueCity}), the filters ({@code
 * sector=health&moduleCode=...}) and, for downloads, the small-cell threshold ({@code suppress}).
 * The dashboard, the report page, the drill-down and the downloads read the same parameters, so a
 * link from one to another keeps them and a reload or a shared link shows the same figures.
 */
public class ReportAddress implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The filters the pages offer, in the order of their form. */
  public static final List<Dimension> FILTERS =
      List.of(
          Dimension.SECTOR,
          Dimension.MODULE,
          Dimension.SEX,
          Dimension.VENUE_COUNTRY,
          Dimension.VENUE_CITY,
          Dimension.WORK_COUNTRY,
          Dimension.WORK_REGION,
          Dimension.WORK_CITY,
          Dimension.INSTITUTION,
          Dimension.PROJECT,
          Dimension.TRAINER,
          Dimension.ROUTE);

  private String from;
  private String to;
  private String by;
  private String suppress;
  private final HashMap<String, String> filters = new HashMap<>();

  /** Whether the address names no period: the page then shows its default one. */
  public boolean isPeriodMissing() {
    return blank(from) && blank(to);
  }

  public void period(LocalDate first, LocalDate last) {
    from = first.toString();
    to = last.toString();
  }

  /**
   * The query of this address computing {@code indicators}, split by {@code dimensions}; a
   * malformed value is an {@link InvalidInputException} naming its parameter.
   */
  public ReportQuery query(List<Dimension> dimensions, Set<Indicator> indicators) {
    return new ReportQuery(
        day("from", from), day("to", to), dimensions, filterValues(), indicators);
  }

  /** The query split by the address's own dimensions ({@code by}). */
  public ReportQuery query(Set<Indicator> indicators) {
    return query(dimensions(), indicators);
  }

  /** The dimensions of {@code by}, in order; an unknown name is an invalid input. */
  public List<Dimension> dimensions() {
    List<Dimension> dimensions = new ArrayList<>();
    if (blank(by)) {
      return dimensions;
    }
    for (String name : by.split(",")) {
      if (name.isBlank()) {
        continue;
      }
      dimensions.add(
          Dimension.byApiName(name.strip())
              .orElseThrow(
                  () ->
                      new InvalidInputException(
                          "by",
                          "reports.problem.unknownDimension",
                          name.strip(),
                          Arrays.stream(Dimension.values())
                              .map(Dimension::apiName)
                              .collect(Collectors.joining(", ")))));
    }
    return dimensions;
  }

  /** The filters given, by dimension (empty values left out). */
  public Map<Dimension, String> filterValues() {
    Map<Dimension, String> values = new EnumMap<>(Dimension.class);
    for (Dimension dimension : FILTERS) {
      String value = filters.get(dimension.filterName());
      if (!blank(value)) {
        values.put(dimension, value.strip());
      }
    }
    return values;
  }

  /** The threshold of small-cell suppression for downloads, or null for none. */
  public Integer suppression() {
    if (blank(suppress)) {
      return null;
    }
    try {
      int k = Integer.parseInt(suppress.strip());
      if (k >= 2 && k <= 100) {
        return k;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException("suppress", "reports.problem.suppress");
  }

  /** The address's parameters: period, dimensions, filters and threshold, empty ones left out. */
  public Map<String, String> parameters() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("from", from);
    values.put("to", to);
    values.put("by", by);
    for (Dimension dimension : FILTERS) {
      values.put(dimension.filterName(), filters.get(dimension.filterName()));
    }
    values.put("suppress", suppress);
    values.values().removeIf(ReportAddress::blank);
    return values;
  }

  /** The parameters as a query string ({@code from=...&to=...}). */
  public String queryString() {
    return queryString(parameters());
  }

  /** The same address with one parameter changed (or removed, when {@code value} is blank). */
  public String queryStringWith(String name, String value) {
    Map<String, String> values = parameters();
    if (blank(value)) {
      values.remove(name);
    } else {
      values.put(name, value);
    }
    return queryString(values);
  }

  static String queryString(Map<String, String> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private static LocalDate day(String field, String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "reports.problem.date", field);
    }
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  public String getSuppress() {
    return suppress;
  }

  public void setSuppress(String suppress) {
    this.suppress = suppress;
  }

  /** The filter values by parameter name, for the pages' view parameters and form fields. */
  public Map<String, String> getFilters() {
    return filters;
  }
}
