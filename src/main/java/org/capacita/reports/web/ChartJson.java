package org.capacita.reports.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart}, which writes them into a script as they
 * are: every text (a city someone typed) is JSON-escaped, and {@code <}, {@code >}, {@code &} and
 * the line separators too, so that no value can close the script or start markup.
 */
final class ChartJson {

  /** One series of figures: its name, one value per label, and its colour. */
  record Series(String label, List<? extends Number> values, String color) {}

  static final String PEOPLE_COLOUR = "#0b5394";
  static final String PARTICIPATIONS_COLOUR = "#b45f06";

  /** Colours of a doughnut's slices, in turn. */
  static final List<String> SLICES = List.of("#0b5394", "#b45f06", "#38761d", "#741b47", "#666666");

  private ChartJson() {}

  /** Bars, side by side for each label; horizontal ones read better with long names. */
  static String bars(List<String> labels, List<Series> series, boolean horizontal, Locale locale) {
    JsonObjectBuilder options = options(locale);
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    options.add(
        "scales",
        Json.createObjectBuilder()
            .add(horizontal ? "x" : "y", countAxis())
            .add(
                horizontal ? "y" : "x",
                Json.createObjectBuilder()
                    .add("ticks", Json.createObjectBuilder().add("autoSkip", false))));
    return config("bar", wrapped(labels), datasets(series, false), options);
  }

  /** The longest line of a bar's name; a longer name is broken between words over more lines. */
  static final int LINE = 22;

  /**
   * Names as Chart.js draws them: a long one (a project's, a module's) as an array of lines, so
   * that the axis shows all of it instead of cutting its beginning off.
   */
  static JsonArrayBuilder wrapped(List<String> labels) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    for (String label : labels) {
      if (label.length() <= LINE) {
        names.add(label);
        continue;
      }
      JsonArrayBuilder lines = Json.createArrayBuilder();
      StringBuilder line = new StringBuilder();
      for (String word : label.split(" ")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > LINE) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(word);
      }
      names.add(lines.add(line.toString()));
    }
    return names;
  }

  /** A line for each series, over months say. */
  static String lines(List<String> labels, List<Series> series, Locale locale) {
    JsonObjectBuilder options =
        options(locale).add("scales", Json.createObjectBuilder().add("y", countAxis()));
    return config("line", plain(labels), datasets(series, true), options);
  }

  /** Shares of one whole. */
  static String doughnut(List<String> labels, Series series, Locale locale) {
    JsonArrayBuilder colours = Json.createArrayBuilder();
    for (int i = 0; i < labels.size(); i++) {
      colours.add(SLICES.get(i % SLICES.size()));
    }
    JsonObjectBuilder dataset =
        Json.createObjectBuilder()
            .add("label", series.label())
            .add("data", values(series.values()))
            .add("backgroundColor", colours);
    return config(
        "doughnut", plain(labels), Json.createArrayBuilder().add(dataset), options(locale));
  }

  private static JsonArrayBuilder plain(List<String> labels) {
    JsonArrayBuilder names = Json.createArrayBuilder();
    labels.forEach(names::add);
    return names;
  }

  private static String config(
      String type, JsonArrayBuilder names, JsonArrayBuilder datasets, JsonObjectBuilder options) {
    String json =
        Json.createObjectBuilder()
            .add("type", type)
            .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
            .add("options", options)
            .build()
            .toString();
    return forScript(json);
  }

  private static JsonArrayBuilder datasets(List<Series> series, boolean line) {
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (Series one : series) {
      JsonObjectBuilder dataset =
          Json.createObjectBuilder()
              .add("label", one.label())
              .add("data", values(one.values()))
              .add("backgroundColor", one.color())
              .add("borderColor", one.color());
      if (line) {
        dataset.add("tension", 0).add("fill", false);
      } else {
        dataset.add("maxBarThickness", 28);
      }
      datasets.add(dataset);
    }
    return datasets;
  }

  private static JsonArrayBuilder values(List<? extends Number> values) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    for (Number value : values) {
      if (value == null) {
        data.addNull();
      } else if (value instanceof BigDecimal decimal) {
        data.add(decimal);
      } else {
        data.add(value.longValue());
      }
    }
    return data;
  }

  private static JsonObjectBuilder options(Locale locale) {
    return Json.createObjectBuilder()
        .add("locale", locale.toLanguageTag())
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add(
            "plugins",
            Json.createObjectBuilder()
                .add("legend", Json.createObjectBuilder().add("position", "bottom")));
  }

  private static JsonObjectBuilder countAxis() {
    return Json.createObjectBuilder()
        .add("beginAtZero", true)
        .add("ticks", Json.createObjectBuilder().add("precision", 0));
  }

  /** The JSON made safe inside a script element. */
  static String forScript(String json) {
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
