package org.capacita.reports.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.capacita.shared.domain.InvalidInputException;

/**
 * One report: completions trained from {@code from} to {@code to} (both included; "trained" is the
 * workshop's last day or the online completion day), split by up to {@link #MAX_DIMENSIONS}
 * dimensions in order, narrowed by filters (a dimension's value; a null value means "has none",
 * such as online completions for the venue city), computing {@code indicators}. Checked when made:
 * a broken rule is an {@link InvalidInputException} naming the API's field.
 */
public record ReportQuery(
    LocalDate from,
    LocalDate to,
    List<Dimension> by,
    Map<Dimension, String> filters,
    Set<Indicator> indicators) {

  /** More dimensions would make tables no one reads, and slow queries. */
  public static final int MAX_DIMENSIONS = 3;

  /**
   * What {@code GET /reports/trained} computes: people and participations, as {@code api.md} shows
   * it; first-time people ({@code indicators=firstTimePeople}) when asked for ({@link
   * #TRAINED_FIRST_TIME}).
   */
  public static final Set<Indicator> TRAINED =
      Collections.unmodifiableSet(EnumSet.of(Indicator.PEOPLE, Indicator.PARTICIPATIONS));

  /** People, participations and first-time people: what the dashboard shows side by side. */
  public static final Set<Indicator> TRAINED_FIRST_TIME =
      Collections.unmodifiableSet(
          EnumSet.of(Indicator.PEOPLE, Indicator.PARTICIPATIONS, Indicator.FIRST_TIME_PEOPLE));

  private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
  private static final Pattern SEX = Pattern.compile("[FMXU]");
  private static final Pattern ID = Pattern.compile("\\d{1,18}");
  private static final int MAX_VALUE = 255;

  public ReportQuery {
    if (from == null) {
      throw new InvalidInputException("from", "reports.problem.dateRequired", "from");
    }
    if (to == null) {
      throw new InvalidInputException("to", "reports.problem.dateRequired", "to");
    }
    if (from.isAfter(to)) {
      throw new InvalidInputException("from", "reports.problem.fromAfterTo", from, to);
    }
    by = List.copyOf(by == null ? List.of() : by);
    if (by.size() > MAX_DIMENSIONS) {
      throw new InvalidInputException("by", "reports.problem.tooManyDimensions", MAX_DIMENSIONS);
    }
    if (Set.copyOf(by).size() != by.size()) {
      throw new InvalidInputException("by", "reports.problem.repeatedDimension");
    }
    EnumMap<Dimension, String> checked = new EnumMap<>(Dimension.class);
    if (filters != null) {
      filters.forEach((dimension, value) -> checked.put(dimension, checked(dimension, value)));
    }
    filters = Collections.unmodifiableMap(checked);
    indicators =
        Collections.unmodifiableSet(
            indicators == null || indicators.isEmpty()
                ? EnumSet.copyOf(TRAINED)
                : EnumSet.copyOf(indicators));
  }

  /** The trained-people report: people and participations. */
  public ReportQuery(
      LocalDate from, LocalDate to, List<Dimension> by, Map<Dimension, String> filters) {
    this(from, to, by, filters, TRAINED);
  }

  /** The same report computing other indicators. */
  public ReportQuery withIndicators(Set<Indicator> computed) {
    return new ReportQuery(from, to, by, filters, computed);
  }

  /**
   * The query of one cell: the filters plus the cell's values (a row's dimensions), and no
   * dimensions left: what a drill-down lists the people of.
   */
  public ReportQuery narrowedTo(Map<Dimension, String> cell) {
    EnumMap<Dimension, String> narrowed = new EnumMap<>(Dimension.class);
    narrowed.putAll(filters);
    if (cell != null) {
      narrowed.putAll(cell);
    }
    return new ReportQuery(from, to, List.of(), narrowed, indicators);
  }

  /** Whether a row's value for a dimension is one of the query's filters. */
  public boolean filters(Dimension dimension) {
    return filters.containsKey(dimension);
  }

  private static String checked(Dimension dimension, String value) {
    if (value == null) {
      if (dimension.isPeriod()) {
        throw invalid(dimension, value);
      }
      return null;
    }
    String text = value.strip();
    if (text.isEmpty() || text.length() > MAX_VALUE) {
      throw invalid(dimension, value);
    }
    boolean valid =
        switch (dimension) {
          case SEX -> SEX.matcher(text).matches();
          case VENUE_COUNTRY, WORK_COUNTRY -> COUNTRY.matcher(text).matches();
          case INSTITUTION -> ID.matcher(text).matches();
          case ROUTE -> text.equals("WORKSHOP") || text.equals("ONLINE");
          case MONTH, QUARTER, YEAR, FISCAL_YEAR -> {
            new PeriodKeys(1).days(dimension, text, dimension.filterName());
            yield true;
          }
          default -> true;
        };
    if (!valid) {
      throw invalid(dimension, value);
    }
    return text;
  }

  private static InvalidInputException invalid(Dimension dimension, String value) {
    return new InvalidInputException(
        dimension.filterName(),
        "reports.problem.filterValue",
        dimension.filterName(),
        String.valueOf(value));
  }

  /** The dimensions in order, as a new list (for building variants). */
  public List<Dimension> byCopy() {
    return new ArrayList<>(by);
  }
}
