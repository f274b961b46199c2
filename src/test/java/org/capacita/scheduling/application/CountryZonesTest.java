package org.capacita.scheduling.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryZonesTest {

  @Test
  void shouldGiveACountrysZonesWithTheMainOneFirst() {
    List<String> chile = CountryZones.of("cl");
    assertEquals("America/Santiago", chile.get(0));
    assertTrue(chile.contains("Pacific/Easter"), chile.toString());
    assertEquals(List.of("America/Lima"), CountryZones.of("PE"));
    assertEquals("America/Argentina/Buenos_Aires", CountryZones.of("AR").get(0));
    assertEquals(List.of(), CountryZones.of("XX"));
    assertEquals(List.of(), CountryZones.of(null));
  }

  @Test
  void shouldOfferOnlyZonesOfCountriesThatTheJdkKnows() {
    List<String> all = CountryZones.all();
    assertTrue(all.size() > 300 && all.size() < 500, all.size() + " zones");
    assertFalse(all.stream().anyMatch(z -> z.startsWith("Etc/") || z.startsWith("SystemV/")));
    assertFalse(all.contains("US/Eastern"), "no old alias names");
    assertTrue(ZoneId.getAvailableZoneIds().containsAll(all));
  }
}
