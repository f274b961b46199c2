package org.capacita.reports.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import org.capacita.reports.application.DimensionLabels;
import org.capacita.reports.domain.Dimension;
import org.capacita.reports.domain.Indicator;
import org.capacita.reports.domain.Report;
import org.capacita.reports.domain.ReportRow;
import org.capacita.reports.domain.SuppressedCells;

/**
 * A report as {@code api.md} writes it: {@code {"rows": [{"<dimension>": value, ...,
 * "<dimension>Label": name, "people": N, "participations": M, ...}], "totals": {...}}}, with the
 * period, dimensions, filters, "as of" and the definitions' version beside. A hidden value is the
 * text {@code "<k"}.
 */
final class ReportJson {

  private ReportJson() {}

  static JsonObject of(Report report, DimensionLabels labels, SuppressedCells hidden) {
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (int r = 0; r < report.rows().size(); r++) {
      ReportRow row = report.rows().get(r);
      JsonObjectBuilder line = Json.createObjectBuilder();
      for (Dimension dimension : report.query().by()) {
        text(line, dimension.apiName(), row.value(dimension));
        line.add(dimension.apiName() + "Label", labels.label(dimension, row.value(dimension)));
      }
      for (Indicator indicator : report.query().indicators()) {
        value(line, indicator, row.value(indicator), hidden.hidden(r, indicator), hidden);
      }
      rows.add(line);
    }
    JsonObjectBuilder totals = Json.createObjectBuilder();
    for (Indicator indicator : report.query().indicators()) {
      value(
          totals,
          indicator,
          report.totals().value(indicator),
          hidden.totalHidden(indicator),
          hidden);
    }
    JsonArrayBuilder by = Json.createArrayBuilder();
    report.query().by().forEach(d -> by.add(d.apiName()));
    JsonObjectBuilder filters = Json.createObjectBuilder();
    report.query().filters().forEach((d, v) -> text(filters, d.filterName(), v));
    JsonObjectBuilder answer =
        Json.createObjectBuilder()
            .add("from", report.query().from().toString())
            .add("to", report.query().to().toString())
            .add("by", by)
            .add("filters", filters)
            .add("rows", rows)
            .add("totals", totals)
            .add("asOf", report.asOf().toString())
            .add("definitionsVersion", report.definitionsVersion());
    if (hidden.isActive()) {
      answer.add("suppressedBelow", hidden.k());
    }
    return answer.build();
  }

  private static void text(JsonObjectBuilder json, String name, String value) {
    if (value == null) {
      json.addNull(name);
    } else {
      json.add(name, value);
    }
  }

  private static void value(
      JsonObjectBuilder json,
      Indicator indicator,
      Number value,
      boolean isHidden,
      SuppressedCells hidden) {
    String name = indicator.apiName();
    if (isHidden) {
      json.add(name, hidden.shown());
    } else if (value == null) {
      json.addNull(name);
    } else if (value instanceof BigDecimal decimal) {
      json.add(name, decimal);
    } else {
      json.add(name, value.longValue());
    }
  }
}
