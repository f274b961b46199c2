package org.capacita.reports.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a report's rows are split by, and filtered by. Each has its name in the API ({@code by=}
 * lists them; the filter parameter is the same name, but {@code moduleCode} for {@link #MODULE}, as
 * in {@code api.md}). The participant's dimensions are those copied into the completion when it was
 * recorded. Values are text: codes for sex ({@code F/M/X/U}), sector, countries (ISO alpha-2),
 * region (ISO 3166-2), module and route ({@code WORKSHOP/ONLINE}); the institution's id; names for
 * cities, project and trainer; {@code 2026-04} for a month, {@code 2026-Q2} for a quarter, {@code
 * 2026} for a year, and for a fiscal year the calendar year it starts in ({@link PeriodKeys}). A
 * value may be null (an online completion has no venue).
 */
public enum Dimension {
  SEX("sex"),
  SECTOR("sector"),
  INSTITUTION("institution"),
  VENUE_CITY("venueCity"),
  VENUE_COUNTRY("venueCountry"),
  WORK_CITY("workCity"),
  WORK_REGION("workRegion"),
  /** The participant's workplace country, {@code country} in the API. */
  WORK_COUNTRY("country"),
  MODULE("module", "moduleCode"),
  PROJECT("project"),
  /** One of the workshop's trainers: a completion with two trainers is in both trainers' rows. */
  TRAINER("trainer"),
  ROUTE("route"),
  MONTH("month"),
  QUARTER("quarter"),
  YEAR("year"),
  /** Starts in the month {@code capacita.reports.fiscal-year-start} (1 to 12). */
  FISCAL_YEAR("fiscalYear");

  private final String apiName;
  private final String filterName;

  Dimension(String apiName) {
    this(apiName, apiName);
  }

  Dimension(String apiName, String filterName) {
    this.apiName = apiName;
    this.filterName = filterName;
  }

  /** The name in {@code by=} and in a JSON row. */
  public String apiName() {
    return apiName;
  }

  /** The query parameter that filters by it ({@code moduleCode} for the module). */
  public String filterName() {
    return filterName;
  }

  /** Month, quarter, year or fiscal year: values are periods, filters narrow the dates. */
  public boolean isPeriod() {
    return this == MONTH || this == QUARTER || this == YEAR || this == FISCAL_YEAR;
  }

  public static Optional<Dimension> byApiName(String name) {
    return Arrays.stream(values()).filter(d -> d.apiName.equals(name)).findFirst();
  }

  public static Optional<Dimension> byFilterName(String name) {
    return Arrays.stream(values()).filter(d -> d.filterName.equals(name)).findFirst();
  }
}
