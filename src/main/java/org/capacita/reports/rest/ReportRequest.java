package org.capacita.reports.rest;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.ReportQuery;
import org.capacita.shared.domain.InvalidInputException;

/**
 * A report's query string read strictly: {@code from} and {@code to} as {@code YYYY-MM-DD}, {@code
 * by} and {@code indicators} as comma lists of API names, one filter parameter per dimension
 * ({@link Dimension#filterName()}; blank means no filter), {@code format} and {@code suppress}.
 * Anything malformed is an {@link InvalidInputException} naming the parameter (a 400).
 */
record ReportRequest(ReportQuery query, String format, int suppress) {

  static final int MAX_SUPPRESS = 100;

  static ReportRequest of(MultivaluedMap<String, String> parameters, Set<Indicator> indicators) {
    Set<Indicator> computed = EnumSet.copyOf(indicators);
    computed.addAll(
        list(
            parameters.getFirst("indicators"),
            "indicators",
            name -> Indicator.byApiName(name).orElse(null),
            "reports.problem.unknownIndicator",
            Arrays.stream(Indicator.values()).map(Indicator::apiName).toList()));
    return new ReportRequest(
        new ReportQuery(
            date("from", parameters.getFirst("from")),
            date("to", parameters.getFirst("to")),
            dimensions(parameters.getFirst("by")),
            filters(parameters),
            computed),
        format(parameters.getFirst("format")),
        suppress(parameters.getFirst("suppress")));
  }

  /** The query of a drill-down: filters and the cell's values, no split. */
  static ReportQuery drill(MultivaluedMap<String, String> parameters) {
    return new ReportQuery(
        date("from", parameters.getFirst("from")),
        date("to", parameters.getFirst("to")),
        List.of(),
        filters(parameters),
        EnumSet.of(Indicator.PEOPLE));
  }

  static List<Dimension> dimensions(String by) {
    return list(
        by,
        "by",
        name -> Dimension.byApiName(name).orElse(null),
        "reports.problem.unknownDimension",
        Arrays.stream(Dimension.values()).map(Dimension::apiName).toList());
  }

  private static Map<Dimension, String> filters(MultivaluedMap<String, String> parameters) {
    Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
    for (Dimension dimension : Dimension.values()) {
      String value = parameters.getFirst(dimension.filterName());
      if (value != null && !value.isBlank()) {
        filters.put(dimension, value);
      }
    }
    return filters;
  }

  private static <T> List<T> list(
      String text, String field, Function<String, T> find, String unknownKey, List<String> known) {
    List<T> found = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return found;
    }
    for (String name : text.split(",", -1)) {
      T item = find.apply(name.strip());
      if (item == null) {
        throw new InvalidInputException(
            field, unknownKey, name.strip(), known.stream().collect(Collectors.joining(", ")));
      }
      found.add(item);
    }
    return found;
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException malformed) {
      throw new InvalidInputException(field, "reports.problem.date", field);
    }
  }

  private static String format(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String format = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (!List.of("json", "csv", "xlsx", "pdf").contains(format)) {
      throw new InvalidInputException("format", "reports.problem.format", text);
    }
    return format;
  }

  private static int suppress(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      int k = Integer.parseInt(text.strip());
      if (k >= 2 && k <= MAX_SUPPRESS) {
        return k;
      }
    } catch (NumberFormatException malformed) {
      // refused below
    }
    throw new InvalidInputException("suppress", "reports.problem.suppress");
  }
}
