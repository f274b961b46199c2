package org.capacita.completion.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CompletionTest {

  private static final LocalDate DAY = LocalDate.parse("2027-05-30");
  private static final Instant NOW = Instant.parse("2027-05-30T18:00:00Z");

  @Test
  void shouldRecordAnOnlineCompletionOnTheOnlineOccasion() {
    Completion completion =
        Completion.online(42L, "TIP-HEALTH", 3, DAY, new BigDecimal("6.0"), NOW);

    assertEquals(CompletionRoute.ONLINE, completion.getRoute());
    assertNull(completion.getWorkshopId());
    assertEquals("online", Completion.onlineOccasion());
    assertEquals(new BigDecimal("6.0"), completion.getHours());
    assertEquals(3, completion.getModuleVersion());
    assertEquals(DAY, completion.getCompletedOn());
  }

  @Test
  void shouldRefuseACompletionOfNoHours() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Completion.online(42L, "TIP-HEALTH", 1, DAY, BigDecimal.ZERO, NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> Completion.online(42L, "TIP-HEALTH", 1, DAY, new BigDecimal("-1"), NOW));
    assertThrows(
        IllegalArgumentException.class,
        () -> Completion.online(42L, "TIP-HEALTH", 1, DAY, null, NOW));
  }

  @Test
  void shouldRequireTheModuleAndTheDates() {
    assertThrows(
        NullPointerException.class,
        () -> Completion.online(42L, null, 1, DAY, BigDecimal.ONE, NOW));
    assertThrows(
        NullPointerException.class,
        () -> Completion.online(42L, "TIP-HEALTH", 1, null, BigDecimal.ONE, NOW));
    assertThrows(
        NullPointerException.class,
        () -> Completion.online(42L, "TIP-HEALTH", 1, DAY, BigDecimal.ONE, null));
  }
}
