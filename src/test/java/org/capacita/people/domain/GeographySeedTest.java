package org.capacita.people.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The seeded cities are found again by the application: their stored folded names are exactly what
 * {@link Names#fold} makes of their names, so "Copiapo" finds "Copiapó" and nothing is added twice.
 */
class GeographySeedTest {

  private static final Pattern CITY =
      Pattern.compile(
          "\\((9\\d{8}), 0, '([A-Z]{2})', (?:'[A-Z0-9-]+'|NULL), '((?:[^']|'')+)', '((?:[^']|'')+)'\\)");

  @Test
  void shouldStoreEverySeededCityUnderTheNameTheApplicationFolds() throws IOException {
    String sql =
        Files.readString(
            Path.of("src/main/resources/db/migration/V3__geography.sql"), StandardCharsets.UTF_8);
    Matcher rows = CITY.matcher(sql);
    Set<String> seen = new HashSet<>();
    int cities = 0;
    while (rows.find()) {
      cities++;
      String name = rows.group(3).replace("''", "'");
      assertEquals(Names.fold(name), rows.group(4).replace("''", "'"), name);
      assertTrue(seen.add(rows.group(2) + ":" + rows.group(4)), "twice: " + name);
    }
    assertTrue(cities >= 150, "seeded cities found: " + cities);
  }
}
