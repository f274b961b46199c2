package org.capacita.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.capacita.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ReportQueryTest {

  private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
  private static final LocalDate MAY = LocalDate.of(2026, 5, 31);

  private static String refusedField(Runnable making) {
    return assertThrows(InvalidInputException.class, making::run).getField();
  }

  @Test
  void shouldRefuseAPeriodThatEndsBeforeItStarts() {
    assertEquals("from", refusedField(() -> new ReportQuery(MAY, APRIL, List.of(), Map.of())));
  }

  @Test
  void shouldRequireBothDates() {
    assertEquals("from", refusedField(() -> new ReportQuery(null, MAY, List.of(), Map.of())));
    assertEquals("to", refusedField(() -> new ReportQuery(APRIL, null, List.of(), Map.of())));
  }

  @Test
  void shouldRefuseTooManyOrRepeatedDimensions() {
    List<Dimension> four =
        List.of(Dimension.SEX, Dimension.SECTOR, Dimension.VENUE_CITY, Dimension.MODULE);
    assertEquals("by", refusedField(() -> new ReportQuery(APRIL, MAY, four, Map.of())));
    List<Dimension> twice = List.of(Dimension.SEX, Dimension.SEX);
    assertEquals("by", refusedField(() -> new ReportQuery(APRIL, MAY, twice, Map.of())));
  }

  @Test
  void shouldRefuseMalformedFilterValuesByTheirParameter() {
    assertEquals(
        "country",
        refusedField(
            () -> new ReportQuery(APRIL, MAY, List.of(), Map.of(Dimension.WORK_COUNTRY, "Chile"))));
    assertEquals(
        "sex",
        refusedField(() -> new ReportQuery(APRIL, MAY, List.of(), Map.of(Dimension.SEX, "W"))));
    assertEquals(
        "institution",
        refusedField(
            () ->
                new ReportQuery(
                    APRIL, MAY, List.of(), Map.of(Dimension.INSTITUTION, "1) OR 1=1 --"))));
    assertEquals(
        "quarter",
        refusedField(
            () -> new ReportQuery(APRIL, MAY, List.of(), Map.of(Dimension.QUARTER, "2026-Q7"))));
  }

  @Test
  void shouldKeepANullFilterAsNoValueAndComputeTheTrainedIndicatorsByDefault() {
    Map<Dimension, String> filters = new EnumMap<>(Dimension.class);
    filters.put(Dimension.VENUE_CITY, null);
    ReportQuery query = new ReportQuery(APRIL, MAY, List.of(Dimension.SECTOR), filters);
    assertNull(query.filters().get(Dimension.VENUE_CITY));
    assertEquals(ReportQuery.TRAINED, query.indicators());
  }

  @Test
  void shouldNarrowToACellWithoutDimensions() {
    ReportQuery query =
        new ReportQuery(
            APRIL, MAY, List.of(Dimension.SECTOR), Map.of(Dimension.WORK_COUNTRY, "CL"));
    ReportQuery cell = query.narrowedTo(Map.of(Dimension.SECTOR, "health"));
    assertEquals(List.of(), cell.by());
    assertEquals(Map.of(Dimension.WORK_COUNTRY, "CL", Dimension.SECTOR, "health"), cell.filters());
  }

  @Test
  void shouldNameIndicatorsAndDimensionsAsTheApiDoes() {
    assertEquals("person-hours", Indicator.PERSON_HOURS.pathName());
    assertEquals("first-time-people", Indicator.FIRST_TIME_PEOPLE.pathName());
    assertEquals(Dimension.WORK_COUNTRY, Dimension.byApiName("country").orElseThrow());
    assertEquals(Dimension.MODULE, Dimension.byFilterName("moduleCode").orElseThrow());
    assertEquals("venueCity", Dimension.VENUE_CITY.apiName());
  }
}
