package org.capacita.people.domain;

import java.util.Locale;
import java.util.Set;

/**
 * National IDs in one shape per country, so that the matcher compares what the number is rather
 * than how it was typed: Chile's RUN keeps its check digit (a K included), Bolivia's CI drops the
 * department it was issued in ("4800867 LP"), and the countries whose IDs are numbers (Argentina,
 * Brazil, Paraguay, Peru, Uruguay...) keep only digits. Leading zeros never count. Other countries
 * keep letters and digits ({@link Names#normalizeNationalId}).
 */
public final class NationalIds {

  private static final Set<String> NUMERIC = Set.of("AR", "BR", "CO", "EC", "PE", "PY", "UY", "VE");

  private NationalIds() {}

  /** The ID's shape for comparison within {@code country}; empty when missing. */
  public static String shape(String country, String nationalId) {
    String compact = Names.normalizeNationalId(nationalId);
    String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    String shaped =
        switch (code) {
          case "BO" -> leadingDigits(compact);
          case "CL" -> compact.replaceAll("[^0-9K]", "");
          default -> NUMERIC.contains(code) ? compact.replaceAll("[^0-9]", "") : compact;
        };
    return shaped.replaceFirst("^0+(?=.)", "");
  }

  private static String leadingDigits(String compact) {
    int end = 0;
    while (end < compact.length() && Character.isDigit(compact.charAt(end))) {
      end++;
    }
    return end == 0 ? compact : compact.substring(0, end);
  }
}
