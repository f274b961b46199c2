package org.capacita.scheduling.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The time zones of each country, from the tz database's {@code zone.tab} (public domain, copied
 * from the tzdata package; refresh it with the JDK's): the zones of a country in the database's
 * order, which puts the most populous area first ("most of Chile": America/Santiago). Only zones
 * this JDK knows are given; there are no {@code Etc/}, {@code SystemV/} or old alias names.
 */
public final class CountryZones {

  private static final Map<String, List<String>> BY_COUNTRY = read();

  private static final List<String> ALL =
      BY_COUNTRY.values().stream().flatMap(List::stream).distinct().sorted().toList();

  private CountryZones() {}

  /** The zones of a country (ISO alpha-2), the main one first; none for an unknown code. */
  public static List<String> of(String country) {
    return country == null
        ? List.of()
        : BY_COUNTRY.getOrDefault(country.strip().toUpperCase(Locale.ROOT), List.of());
  }

  /** Every zone of every country, by name. */
  public static List<String> all() {
    return ALL;
  }

  private static Map<String, List<String>> read() {
    Set<String> known = ZoneId.getAvailableZoneIds();
    Map<String, List<String>> zones = new LinkedHashMap<>();
    try (InputStream in =
            CountryZones.class.getResourceAsStream("/org/capacita/scheduling/zone.tab");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] columns = line.split("\t");
        if (!line.startsWith("#") && columns.length >= 3 && known.contains(columns[2])) {
          zones.computeIfAbsent(columns[0], c -> new ArrayList<>()).add(columns[2]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    zones.replaceAll((country, list) -> List.copyOf(list));
    return Map.copyOf(zones);
  }
}
