package org.capacita.reports.application;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.capacita.reports.domain.Dimension;

/**
 * The names of a report's dimension values in one language: sector and country names, institution
 * names, module titles, sex and route words, months and quarters; a value without a name of its own
 * (a city, a project) is its own label.
 */
public final class DimensionLabels {

  private final Map<Dimension, Map<String, String>> names = new EnumMap<>(Dimension.class);
  private final String none;

  DimensionLabels(String none) {
    this.none = none;
  }

  void put(Dimension dimension, String value, String label) {
    names.computeIfAbsent(dimension, d -> new HashMap<>()).put(value, label);
  }

  /** The label of {@code value}; "(none)" in the language for a missing value. */
  public String label(Dimension dimension, String value) {
    if (value == null) {
      return none;
    }
    return names.getOrDefault(dimension, Map.of()).getOrDefault(value, value);
  }
}
